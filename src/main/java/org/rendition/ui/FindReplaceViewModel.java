package org.rendition.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.rendition.documents.SegmentStatus;

/**
 * Find (Ctrl+F) in sources and targets, with match case, regular expressions, a count and the hits
 * marked in the grid; the row filter; and replace (Ctrl+H) in targets. A replaced row becomes
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
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final BooleanProperty regularExpression = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ObservableList<RowFilter> filters = FXCollections.observableArrayList(
            RowFilter.ALL, RowFilter.UNTRANSLATED, RowFilter.EDITED, RowFilter.UNCONFIRMED, RowFilter.LOW_CONFIDENCE,
            RowFilter.QA_ISSUES, RowFilter.LOW_OCR);
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(RowFilter.ALL);
    private final FilteredList<SegmentRow> shownRows;
    private final FindHighlight highlight = new FindHighlight();

    FindReplaceViewModel(DocumentViewModel document, Consumer<String> status) {
        this.document = document;
        this.status = status;
        this.shownRows = new FilteredList<>(document.rows());
        filter.addListener((o, was, now) -> applyFilter());
        highlight.patternProperty().bind(Bindings.createObjectBinding(
                () -> shown.get() ? pattern() : Optional.<Pattern>empty(), shown, query, matchCase, regularExpression));
        query.addListener((o, was, now) -> count(-1));
        matchCase.addListener((o, was, now) -> count(-1));
        regularExpression.addListener((o, was, now) -> count(-1));
        scope.addListener((o, was, now) -> count(-1));
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

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public BooleanProperty regularExpressionProperty() {
        return regularExpression;
    }

    /** "3 of 12 segments", "no segment", or what is wrong with the expression. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Whether the find bar is shown. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Whether the bar also offers replace (Ctrl+H). */
    public BooleanProperty replacingProperty() {
        return replacing;
    }

    /** The filters the filter box offers, "all segments" first. */
    public ObservableList<RowFilter> filters() {
        return FXCollections.unmodifiableObservableList(filters);
    }

    /**
     * Offers another filter, such as low confidence or QA issues, from whoever knows how to tell
     * such rows; its predicate is asked again each time a filter is chosen.
     */
    public void addFilter(RowFilter added) {
        if (!filters.contains(added)) {
            filters.add(added);
        }
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    /** The rows the grid shows: the document's rows that pass the chosen filter. */
    public ObservableList<SegmentRow> shownRows() {
        return shownRows;
    }

    /**
     * Applies the chosen filter again. Rows do not vanish while the analyst works on them (a row
     * confirmed under "unconfirmed" stays until the filter is chosen again).
     */
    public void applyFilter() {
        RowFilter chosen = filter.get() == null ? RowFilter.ALL : filter.get();
        shownRows.setPredicate(chosen == RowFilter.ALL ? null : row -> chosen.shows().test(row));
    }

    FindHighlight highlight() {
        return highlight;
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

    /** The query as a pattern, empty when it is empty or an invalid expression. */
    Optional<Pattern> pattern() {
        return TextSearch.pattern(query.get(), matchCase.get(), regularExpression.get());
    }

    /**
     * The next row after {@code current} (wrapping round) of {@code rows}, the grid's rows in the
     * order it shows them, that contains the query where Find looks.
     */
    public OptionalInt findNext(List<SegmentRow> rows, int current) {
        Optional<Pattern> pattern = pattern();
        if (pattern.isEmpty()) {
            count(-1);
            return OptionalInt.empty();
        }
        for (int step = 1; step <= rows.size(); step++) {
            int index = Math.floorMod(current + step, rows.size());
            if (scope.get().matches(rows.get(index), pattern.get())) {
                count(shownRows.indexOf(rows.get(index)));
                return OptionalInt.of(index);
            }
        }
        status.accept(Messages.get("find.notFound", query.get()));
        count(-1);
        return OptionalInt.empty();
    }

    /** Counts the shown rows with a hit; {@code at} is the shown row Find is on, or -1. */
    private void count(int at) {
        if (query.get().isEmpty()) {
            count.set("");
            return;
        }
        Optional<Pattern> pattern = pattern();
        if (pattern.isEmpty()) {
            count.set(Messages.get("find.badExpression"));
            return;
        }
        int total = 0;
        int position = 0;
        for (int i = 0; i < shownRows.size(); i++) {
            if (scope.get().matches(shownRows.get(i), pattern.get())) {
                total++;
                if (i <= at) {
                    position = total;
                }
            }
        }
        count.set(total == 0 ? Messages.get("find.none") : at < 0 ? Messages.get("find.total", total)
                : Messages.get("find.position", position, total));
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
        Optional<Pattern> pattern = pattern();
        Map<SegmentRow, String> targets = new LinkedHashMap<>();
        long confirmed = 0;
        for (SegmentRow row : pattern.isEmpty() ? List.<SegmentRow>of() : rows) {
            if (!TextSearch.contains(row.target(), pattern.get())) {
                continue;
            }
            if (row.status() == SegmentStatus.CONFIRMED) {
                confirmed++;
            } else {
                targets.put(row, TextSearch.replaceAll(row.target(), pattern.get(), replacement.get(),
                        regularExpression.get()));
            }
        }
        long skipped = confirmed;
        document.replaceTargets(targets, () -> {
            status.accept(Messages.get("find.replaced", targets.size(), skipped));
            count(-1);
            done.run();
        });
    }
}
