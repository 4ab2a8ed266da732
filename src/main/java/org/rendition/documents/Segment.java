package org.rendition.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rendition.arch.ValueType;

/**
 * One sentence of a document as the translator works on it. Immutable: editing gives a new value.
 *
 * @param index position in the document, from 0
 * @param paragraph the paragraph it belongs to, from 0, so paragraph breaks can be shown
 * @param source the source sentence
 * @param target its translation, empty while untranslated
 * @param status where the target came from
 * @param tmScore the translation-memory match's score (1-100) when the target came from the
 *                memory ({@link SegmentStatus#TM_EXACT} or {@link SegmentStatus#TM_FUZZY}), else 0
 * @param targetTags the source's inline tags where someone placed them in this target (the model's
 *                alignment, an exact memory match, the analyst, a merged XLIFF), offsets into
 *                {@code target}, in the source's order; a tag left out is missing from the target
 *                ({@link TargetTags}). Empty where nobody placed them: the writers then place the
 *                formatting by position (decision 24)
 */
@ValueType
public record Segment(int index, int paragraph, String source, String target, SegmentStatus status, int tmScore,
                      Optional<List<InlineTag>> targetTags) {
    public Segment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        targetTags = Objects.requireNonNull(targetTags, "targetTags").map(List::copyOf);
        boolean fromMemory = status == SegmentStatus.TM_EXACT || status == SegmentStatus.TM_FUZZY;
        if (fromMemory ? tmScore < 1 || tmScore > 100 : tmScore != 0) {
            throw new IllegalArgumentException("A " + status + " segment cannot have the memory score " + tmScore);
        }
    }

    /** A segment whose target has no tags placed in it. */
    public Segment(int index, int paragraph, String source, String target, SegmentStatus status, int tmScore) {
        this(index, paragraph, source, target, status, tmScore, Optional.empty());
    }

    /** A segment whose target did not come from the translation memory. */
    public Segment(int index, int paragraph, String source, String target, SegmentStatus status) {
        this(index, paragraph, source, target, status, memoryScoreOf(status));
    }

    private static int memoryScoreOf(SegmentStatus status) {
        return status == SegmentStatus.TM_EXACT ? 100 : 0;
    }

    /** An untranslated segment. */
    public static Segment untranslated(int index, int paragraph, String source) {
        return new Segment(index, paragraph, source, "", SegmentStatus.UNTRANSLATED);
    }

    /**
     * The segment with another target and status; the tags placed in the target stay while the
     * target does (a confirmation), and are gone with a new one.
     */
    public Segment with(String newTarget, SegmentStatus newStatus) {
        return new Segment(index, paragraph, source, newTarget, newStatus, memoryScoreOf(newStatus),
                newTarget.equals(target) ? targetTags : Optional.empty());
    }

    /** The same target with {@code tags} placed in it (empty: none placed, the writers place them by position). */
    public Segment withTargetTags(Optional<List<InlineTag>> tags) {
        return new Segment(index, paragraph, source, target, status, tmScore, tags);
    }

    /** The target taken from a translation-memory match scoring {@code score} percent. */
    public Segment fromMemory(String memoryTarget, int score) {
        return new Segment(index, paragraph, source, memoryTarget,
                score >= 100 ? SegmentStatus.TM_EXACT : SegmentStatus.TM_FUZZY, Math.min(score, 100));
    }

    /** What goes into an exported document: the target, or the source while there is none. */
    public String exportText() {
        return target.isBlank() ? source : target;
    }
}
