package org.rendition.memory;

import org.rendition.arch.ValueType;
import java.util.List;

/**
 * A translation-memory entry found for a source, with its match percentage (100 only for an
 * exact match) and the differences between its source and the current one.
 */
@ValueType
public record TmMatch(TmEntry entry, int score, List<DiffChunk> differences) {
    public TmMatch {
        differences = List.copyOf(differences);
    }

    public boolean isExact() {
        return score == 100;
    }

    /** The differences in one line: {@code [-memory only-]{+current only+}}. */
    public String renderedDifferences() {
        return FuzzyScorer.render(differences);
    }
}
