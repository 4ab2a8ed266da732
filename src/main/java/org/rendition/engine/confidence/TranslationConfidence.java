package org.rendition.engine.confidence;

import java.util.List;
import java.util.Set;
import org.rendition.arch.ValueType;

/**
 * How sure the model is of one translated sentence, word by word, with each target word's source
 * words and any signs that the output was not read from the source.
 *
 * @param confidence from 0 to 1: e raised to the mean of the word log-probabilities (Bergamot's
 *     unsupervised sentence score, as a probability)
 * @param words the target's words in order
 * @param sourceWords the source's words in order; {@link ScoredWord#sourceWords()} index into it
 * @param signs what looks like hallucination; empty for an ordinary output
 */
@ValueType
public record TranslationConfidence(double confidence, List<ScoredWord> words, List<SourceWord> sourceWords,
        Set<HallucinationSign> signs) {
    /**
     * Below even odds: the model would more likely have written something else. The same line
     * serves words and sentences, so "low" means one thing on screen and in JSON.
     */
    public static final double LOW = 0.5;

    public TranslationConfidence {
        words = List.copyOf(words);
        sourceWords = List.copyOf(sourceWords);
        signs = Set.copyOf(signs);
    }

    /** Whether the sentence as a whole is below {@link #LOW}. */
    public boolean isLow() {
        return confidence < LOW;
    }

    /** The confidence in whole percent, as the grid and the command line show it. */
    public int percent() {
        return (int) Math.round(confidence * 100);
    }

    /** The words below {@link #LOW}, in order. */
    public List<ScoredWord> lowWords() {
        return words.stream().filter(ScoredWord::isLow).toList();
    }
}
