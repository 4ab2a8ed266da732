package org.rendition.workflow;

import java.util.Objects;

/**
 * One sentence of a document as the translator works on it. Immutable: editing gives a new value.
 *
 * @param index position in the document, from 0
 * @param paragraph the paragraph it belongs to, from 0, so paragraph breaks can be shown
 * @param source the source sentence
 * @param target its translation, empty while untranslated
 * @param status where the target came from
 */
public record Segment(int index, int paragraph, String source, String target, SegmentStatus status) {
    public Segment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
    }

    /** An untranslated segment. */
    public static Segment untranslated(int index, int paragraph, String source) {
        return new Segment(index, paragraph, source, "", SegmentStatus.UNTRANSLATED);
    }

    public Segment with(String newTarget, SegmentStatus newStatus) {
        return new Segment(index, paragraph, source, newTarget, newStatus);
    }

    /** What goes into an exported document: the target, or the source while there is none. */
    public String exportText() {
        return target.isBlank() ? source : target;
    }
}
