package org.rendition.qa;

import java.util.List;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.glossary.GlossaryHit;

/** A translated segment nobody confirmed; one with no target is the untranslated check's. */
final class UnconfirmedCheck implements SegmentCheck {
    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits) {
        if (segment.target().isBlank() || segment.status() == SegmentStatus.CONFIRMED) {
            return List.of();
        }
        return List.of("The segment is not confirmed.");
    }
}
