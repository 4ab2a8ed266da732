package org.rendition.workflow.translate;

import org.rendition.workflow.translate.GlossaryHit;
import org.rendition.workflow.translate.TmMatch;
import java.util.List;

/**
 * What the side pane shows for the current segment.
 *
 * @param matches translation-memory matches, best first
 * @param glossaryHits glossary terms found in the source
 */
public record SegmentAids(List<TmMatch> matches, List<GlossaryHit> glossaryHits) {
    public static final SegmentAids NONE = new SegmentAids(List.of(), List.of());

    public SegmentAids {
        matches = List.copyOf(matches);
        glossaryHits = List.copyOf(glossaryHits);
    }
}
