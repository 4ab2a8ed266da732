package org.rendition.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rendition.documents.SegmentStatus;

/**
 * Find (Ctrl+F) in sources and targets, and replace (Ctrl+H) in targets. A replaced row becomes
 * edited and is saved like a typed edit. Confirmed rows are left alone: they are approved work,
 * and a replace over the document must not silently take that approval back; edit such a row by
 * hand to change it.
 */
public final class FindReplaceViewModel {
    private final DocumentViewModel document;
    private final Consumer<String> status;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final ObjectProperty<SearchScope> scope = new SimpleObjectProperty<>(SearchScope.SOURCE_AND_TARGET);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final BooleanProperty replacing = new SimpleBooleanProperty(false);

    FindReplaceViewModel(DocumentViewModel document, Consumer<String> status) {
        this.document = document;
        this.status = status;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public ObjectProperty<SearchScope> scopeProperty() {
        return scope;
    }

    /** Whether the find bar is shown. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Whether the bar also offers replace (Ctrl+H). */
    public BooleanProperty replacingProperty() {
        return replacing;
    }

    void showFind() {
        replacing.set(false);
        shown.set(true);
    }

    void showReplace() {
        replacing.set(true);
        scope.set(SearchScope.TARGET);
        shown.set(true);
    }

    /** The next row after {@code current} (wrapping round) that contains the query where Find looks. */
    public OptionalInt findNext(int current) {
        List<SegmentRow> rows = document.rows();
        String text = query.get();
        for (int step = 1; step <= rows.size() && !text.isEmpty(); step++) {
            int index = Math.floorMod(current + step, rows.size());
            if (scope.get().matches(rows.get(index), text)) {
                return OptionalInt.of(index);
            }
        }
        if (!text.isEmpty()) {
            status.accept(Messages.get("find.notFound", text));
        }
        return OptionalInt.empty();
    }

    /** Replaces the query in the target of {@code row}, unless it is confirmed. */
    public void replaceIn(SegmentRow row, Runnable done) {
        replace(row == null ? List.of() : List.of(row), done);
    }

    /** Replaces the query in every target that is not confirmed. */
    public void replaceAll(Runnable done) {
        replace(document.rows(), done);
    }

    private void replace(List<SegmentRow> rows, Runnable done) {
        String text = query.get();
        Map<SegmentRow, String> targets = new LinkedHashMap<>();
        long confirmed = 0;
        for (SegmentRow row : rows) {
            if (!TextSearch.contains(row.target(), text)) {
                continue;
            }
            if (row.status() == SegmentStatus.CONFIRMED) {
                confirmed++;
            } else {
                targets.put(row, TextSearch.replaceAll(row.target(), text, replacement.get()));
            }
        }
        long skipped = confirmed;
        document.replaceTargets(targets, () -> {
            status.accept(Messages.get("find.replaced", targets.size(), skipped));
            done.run();
        });
    }
}
