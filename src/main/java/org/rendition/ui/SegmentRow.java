package org.rendition.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.ocr.OcrEvidence;
import org.rendition.engine.confidence.SourceWord;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.glossary.GlossaryHit;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;

/** One row of the segment grid: a segment whose target and status change as work goes on. */
public final class SegmentRow {
    /**
     * Below this Tesseract's word confidences mark misread words: clean 300 dpi pages score 90-97%,
     * speckled ones 80-90% with a few errors (OcrCharacterErrorRateTest).
     */
    static final double LOW_OCR_CONFIDENCE = 0.80;
    /** Steps of undo kept per segment: far more than anyone takes back, and a few strings each. */
    static final int UNDO_DEPTH = 50;

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
    private final Optional<OcrEvidence> ocr;
    private final Optional<Language> language;
    private final boolean otherLanguage;
    /** A person's changes to this segment, newest first, for undo and redo; at most {@link #UNDO_DEPTH}. */
    private final java.util.Deque<Segment> undo = new java.util.ArrayDeque<>();
    private final java.util.Deque<Segment> redo = new java.util.ArrayDeque<>();
    /** What the model last said for this segment, for "back to machine output". */
    private Segment machineOutput;
    private final ObjectProperty<Optional<TranslationConfidence>> confidence =
            new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<List<QaIssue>> issues = new SimpleObjectProperty<>(List.of());
    /** The source's tags placed in the target, as the segment carries them ({@link Segment#targetTags()}). */
    private final ObjectProperty<Optional<List<InlineTag>>> targetTags = new SimpleObjectProperty<>(Optional.empty());

    SegmentRow(Segment segment, boolean firstOfParagraph) {
        this(segment, firstOfParagraph, Optional.empty());
    }

    /** A row of a scan: {@code ocr} says which page it came from and how sure OCR was of it. */
    SegmentRow(Segment segment, boolean firstOfParagraph, Optional<OcrEvidence> ocr) {
        this(segment, firstOfParagraph, ocr, Optional.empty(), false, List.of());
    }

    /**
     * A row of an opened document.
     *
     * @param language the language the segment was found in (its own, or its neighbours')
     * @param otherLanguage whether that differs from the document's, so the grid marks it
     */
    SegmentRow(Segment segment, boolean firstOfParagraph, Optional<OcrEvidence> ocr, Optional<Language> language,
            boolean otherLanguage, List<InlineTag> sourceTags) {
        this.ocr = ocr;
        this.language = language;
        this.otherLanguage = otherLanguage;
        this.index = segment.index();
        this.paragraph = segment.paragraph();
        this.source = segment.source();
        this.firstOfParagraph = firstOfParagraph;
        this.sourceText = new SimpleObjectProperty<>(new SourceText(source, List.of(), List.of(), sourceTags));
        apply(segment);
        // Scores and QA findings belong to the target they judged; a new target waits for its own.
        target.addListener((o, was, now) -> {
            confidence.set(Optional.empty());
            issues.set(List.of());
            highlightSource(List.of());
        });
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

    /** The language the segment was found in, by itself or by its neighbours; empty when none could be told. */
    public Optional<Language> language() {
        return language;
    }

    /** Whether the segment is in another language than the document's (Arabic quoted in a Russian report). */
    public boolean inOtherLanguage() {
        return otherLanguage;
    }

    /** The language mark the grid shows: the ISO code where it differs from the document's, else nothing. */
    public String languageLabel() {
        return otherLanguage ? language.map(Language::iso1).orElse("") : "";
    }

    /** For text read by OCR: its page, box and the engine's confidence. */
    public Optional<OcrEvidence> ocr() {
        return ocr;
    }

    /** OCR's confidence as the grid shows it, "93%", or empty for text the file held as text. */
    public String ocrLabel() {
        return ocr.map(found -> Math.round(found.confidence() * 100) + "%").orElse("");
    }

    /** Whether OCR was unsure enough of this row's text that a person should compare it with the page. */
    public boolean ocrNeedsChecking() {
        return ocr.map(found -> found.confidence() < LOW_OCR_CONFIDENCE).orElse(false);
    }

    /** Whether a new paragraph starts here (after the first), so the grid can draw a break. */
    public boolean startsParagraph() {
        return firstOfParagraph && index > 0;
    }

    /** The source with its glossary terms, for the source cell. */
    ReadOnlyObjectProperty<SourceText> sourceTextProperty() {
        return sourceText;
    }

    /** The source's inline tags (bold, links, footnote references), offsets into it. */
    public List<InlineTag> sourceTags() {
        return sourceText.get().tags();
    }

    /** The source's tags placed in the target; empty where nobody placed them. */
    public ReadOnlyObjectProperty<Optional<List<InlineTag>>> targetTagsProperty() {
        return targetTags;
    }

    public Optional<List<InlineTag>> targetTags() {
        return targetTags.get();
    }

    /** The glossary terms found in the source. */
    public List<GlossaryHit> glossaryHits() {
        return sourceText.get().hits();
    }

    /** Shows these glossary terms in the source cell; unchanged terms leave the cell alone. */
    void showGlossaryHits(List<GlossaryHit> hits) {
        if (!hits.equals(sourceText.get().hits())) {
            sourceText.set(sourceText.get().withHits(hits));
        }
    }

    /** Marks these source words in the source cell: those a clicked target word came from. */
    void highlightSource(List<SourceWord> words) {
        if (!words.equals(sourceText.get().aligned())) {
            sourceText.set(sourceText.get().withAligned(words));
        }
    }

    /** The model's confidence in the target as it is now, word by word; empty until scored. */
    public ReadOnlyObjectProperty<Optional<TranslationConfidence>> confidenceProperty() {
        return confidence;
    }

    public Optional<TranslationConfidence> confidence() {
        return confidence.get();
    }

    /** Whether the model is less than even odds on this target: for sorting, filtering and marking. */
    public boolean isLowConfidence() {
        return confidence.get().map(TranslationConfidence::isLow).orElse(false);
    }

    /** Keeps the model's score of {@code scoredTarget}, unless the target changed meanwhile. */
    void showConfidence(String scoredTarget, Optional<TranslationConfidence> scored) {
        if (scoredTarget.equals(target.get())) {
            confidence.set(scored);
        }
    }

    /** What the last QA run found in this row. */
    public ReadOnlyObjectProperty<List<QaIssue>> issuesProperty() {
        return issues;
    }

    public boolean hasQaIssues() {
        return !issues.get().isEmpty();
    }

    void showIssues(List<QaIssue> found) {
        issues.set(List.copyOf(found));
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
        return new Segment(index, paragraph, source, target.get(), status.get(), tmScore.get(), targetTags.get());
    }

    /** A person's change (typed, replaced, inserted, confirmed): the state before it can be undone. */
    void change(Segment segment) {
        if (segment.equals(toSegment())) {
            return;
        }
        push(undo, toSegment());
        redo.clear();
        apply(segment);
    }

    /** The state before the last change, now shown; empty when there is nothing to undo. */
    Optional<Segment> undo() {
        return step(undo, redo);
    }

    /** The change undone last, shown again; empty when there is nothing to redo. */
    Optional<Segment> redo() {
        return step(redo, undo);
    }

    private Optional<Segment> step(java.util.Deque<Segment> from, java.util.Deque<Segment> to) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        push(to, toSegment());
        Segment back = from.pop();
        apply(back);
        return Optional.of(back);
    }

    private static void push(java.util.Deque<Segment> stack, Segment segment) {
        stack.push(segment);
        if (stack.size() > UNDO_DEPTH) {
            stack.removeLast();
        }
    }

    /** The model's output for this segment, as it came (also after a resume), when there was one. */
    Optional<Segment> machineOutput() {
        return Optional.ofNullable(machineOutput).map(m -> toSegment().with(m.target(), m.status())
                .withTargetTags(m.targetTags()));
    }

    void apply(Segment segment) {
        if (segment.status() == SegmentStatus.MACHINE || segment.status() == SegmentStatus.MACHINE_REPAIRED) {
            machineOutput = segment;
        }
        // Tags first: a target cell redrawn for its new text finds the tags placed in it.
        targetTags.set(segment.targetTags());
        target.set(segment.target());
        tmScore.set(segment.tmScore());
        status.set(segment.status());
    }
}
