package org.rendition.workflow.translate;

import org.rendition.workflow.translate.SegmentOrigin;
import java.util.List;
import java.util.Optional;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmMatch;

/**
 * One translated segment and what was used for it.
 *
 * @param source the source sentence
 * @param target its translation
 * @param origin where the translation came from
 * @param fuzzyMatch the best fuzzy translation-memory match, offered beside the machine output
 * @param glossaryHits glossary terms found in the source
 */
public record SegmentOutcome(String source, String target, SegmentOrigin origin, Optional<TmMatch> fuzzyMatch,
        List<GlossaryHit> glossaryHits) {
    public SegmentOutcome {
        glossaryHits = List.copyOf(glossaryHits);
    }
}
