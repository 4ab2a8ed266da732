package org.rendition.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.glossary.GlossaryHit;

/** One row of the segment grid: a segment whose target and status change as work goes on. */
public final class SegmentRow {
    private final int index;
    private final int paragraph;
    private final String source;
    private final boolean firstOfParagraph;
    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<SegmentStatus> status = new SimpleObjectProperty<>(SegmentStatus.UNTRANSLATED);
    private final javafx.beans.property.IntegerProperty tmScore = new javafx.beans.property.SimpleIntegerProperty();
    private final javafx.beans.binding.StringBinding statusLabel = javafx.beans.binding.Bindings.createStringBinding(
            () -> Messages.get("status." + status.get().name(), tmScore.get()), status, tmScore);
    private final ObjectProperty<SourceText> sourceText;

    SegmentRow(Segment segment, boolean firstOfParagraph) {
        this.index = segment.index();
        this.paragraph = segment.paragraph();
        this.source = segment.source();
        this.firstOfParagraph = firstOfParagraph;
        this.sourceText = new SimpleObjectProperty<>(new SourceText(source, List.of()));
        apply(segment);
    }

    /** The number shown in the # column, from 1. */
    public int number() {
        return index + 1;
    }

    public int index() {
        return index;
    }

    public String source() {
        return source;
    }

    /** Whether a new paragraph starts here (after the first), so the grid can draw a break. */
    public boolean startsParagraph() {
        return firstOfParagraph && index > 0;
    }

    /** The source with its glossary terms, for the source cell. */
    ReadOnlyObjectProperty<SourceText> sourceTextProperty() {
        return sourceText;
    }

    /** The glossary terms found in the source. */
    public List<GlossaryHit> glossaryHits() {
        return sourceText.get().hits();
    }

    /** Shows these glossary terms in the source cell; unchanged terms leave the cell alone. */
    void showGlossaryHits(List<GlossaryHit> hits) {
        if (!hits.equals(sourceText.get().hits())) {
            sourceText.set(new SourceText(source, hits));
        }
    }

    public ReadOnlyStringProperty targetProperty() {
        return target;
    }

    public String target() {
        return target.get();
    }

    public ReadOnlyObjectProperty<SegmentStatus> statusProperty() {
        return status;
    }

    public SegmentStatus status() {
        return status.get();
    }

    /** The status as the grid shows it, e.g. "Machine" or "TM 87%". */
    public javafx.beans.value.ObservableStringValue statusLabel() {
        return statusLabel;
    }

    Segment toSegment() {
        return new Segment(index, paragraph, source, target.get(), status.get(), tmScore.get());
    }

    void apply(Segment segment) {
        target.set(segment.target());
        tmScore.set(segment.tmScore());
        status.set(segment.status());
    }
}
