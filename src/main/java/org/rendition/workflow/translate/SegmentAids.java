package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmMatch;

/**
 * What the profile offers for one segment: translation-memory matches with their differences to
 * the segment, and the glossary terms found in its source. The side pane, the command line and the
 * history read the same value.
 *
 * @param exact exact memory matches, newest first
 * @param fuzzy fuzzy memory matches at or above the threshold, best first
 * @param glossaryHits glossary terms found in the source, in source order
 */
public record SegmentAids(List<TmMatch> exact, List<TmMatch> fuzzy, List<GlossaryHit> glossaryHits) {
    public static final SegmentAids NONE = new SegmentAids(List.of(), List.of(), List.of());

    public SegmentAids {
        exact = List.copyOf(exact);
        fuzzy = List.copyOf(fuzzy);
        glossaryHits = List.copyOf(glossaryHits);
    }

    /** Every memory match, the exact ones first: the order the side pane numbers them in. */
    public List<TmMatch> matches() {
        List<TmMatch> all = new ArrayList<>(exact);
        all.addAll(fuzzy);
        return all;
    }

    /** The match used instead of the model: the newest exact one. */
    public Optional<TmMatch> exactMatch() {
        return exact.stream().findFirst();
    }

    /** The best fuzzy match, offered beside the model's output. */
    public Optional<TmMatch> bestFuzzy() {
        return fuzzy.stream().findFirst();
    }
}
