package org.rendition.documents;

import java.util.List;
import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * Which source words each word of a translation came from, as the model's own attention gives it
 * (decision 14): the words of both sentences as character spans, and for each target word the
 * indices of its source words, strongest first. Words the aligner could not find in their
 * sentence have a start of -1 and are ignored.
 *
 * @param sourceWords the source sentence's words, in order
 * @param targetWords the translation's words, in order, each with its source words
 */
@ValueType
public record WordAlignment(List<Word> sourceWords, List<AlignedWord> targetWords) {
    /** A word of the source: its characters {@code [start, end)}, or -1 when it was not found. */
    @ValueType
    public record Word(int start, int end) {
        /** Whether the word was found in its sentence. */
        public boolean isPlaced() {
            return start >= 0 && end > start;
        }
    }

    /**
     * A word of the translation: its characters {@code [start, end)} (-1 when not found) and the
     * source words it was aligned to, indices into {@link #sourceWords()}, strongest first.
     */
    @ValueType
    public record AlignedWord(int start, int end, List<Integer> sourceWords) {
        public AlignedWord {
            sourceWords = List.copyOf(sourceWords);
        }

        /** Whether the word was found in its sentence. */
        public boolean isPlaced() {
            return start >= 0 && end > start;
        }
    }

    public WordAlignment {
        sourceWords = List.copyOf(Objects.requireNonNull(sourceWords, "sourceWords"));
        targetWords = List.copyOf(Objects.requireNonNull(targetWords, "targetWords"));
    }
}
