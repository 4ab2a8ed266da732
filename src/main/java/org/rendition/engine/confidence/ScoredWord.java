package org.rendition.engine.confidence;

import java.util.List;
import org.rendition.arch.ValueType;

/**
 * A target word with the model's confidence in it and the source words it came from.
 *
 * @param text the word as the model's pieces spell it
 * @param start its first character in the target sentence, or -1 when it could not be placed there
 * @param end the character after it, or -1
 * @param confidence from 0 to 1: e raised to the mean log-probability of its pieces
 * @param sourceWords indices into the sentence's source words, strongest first
 */
@ValueType
public record ScoredWord(String text, int start, int end, double confidence, List<Integer> sourceWords) {
    public ScoredWord {
        sourceWords = List.copyOf(sourceWords);
    }

    public boolean isLow() {
        return confidence < TranslationConfidence.LOW;
    }

    /** Whether the word was found in the target text, so it can be underlined there. */
    public boolean isPlaced() {
        return start >= 0;
    }
}
