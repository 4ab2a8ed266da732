package org.rendition.workflow.translate;

import java.util.Objects;
import org.rendition.documents.Segment;

/**
 * A segment as a translation run left it, with what the profile offered for it.
 *
 * @param segment the segment with its new target and status
 * @param aids the memory matches and glossary hits it was translated with
 */
public record TranslatedSegment(Segment segment, SegmentAids aids) {
    public TranslatedSegment {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(aids, "aids");
    }
}
