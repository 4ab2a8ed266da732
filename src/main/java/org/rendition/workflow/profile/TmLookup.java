package org.rendition.workflow.profile;

import java.util.List;
import java.util.Optional;
import org.rendition.memory.TmMatch;

/**
 * What the translation memory holds for one source: exact matches (100%, newest first) and
 * fuzzy matches at or above the threshold (best first).
 */
public record TmLookup(List<TmMatch> exact, List<TmMatch> fuzzy) {
    public TmLookup {
        exact = List.copyOf(exact);
        fuzzy = List.copyOf(fuzzy);
    }

    /** The match a translator would take first: the newest exact match, else the best fuzzy one. */
    public Optional<TmMatch> best() {
        return !exact.isEmpty() ? Optional.of(exact.get(0))
                : fuzzy.isEmpty() ? Optional.empty() : Optional.of(fuzzy.get(0));
    }
}
