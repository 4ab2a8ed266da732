package org.rendition.qa;

import java.util.List;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;

/** One of the checks: the messages it has for a segment, none when all is well. */
interface SegmentCheck {
    List<String> messages(Segment segment, List<GlossaryHit> hits);

    /** The messages for a segment whose inline formatting is known; most checks do not look at it. */
    default List<String> messages(Segment segment, List<GlossaryHit> hits, SegmentFormatting formatting) {
        return messages(segment, hits);
    }
}
