package org.rendition.engine.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.rendition.engine.model.OutputWords;

/**
 * The constraints generation applies to next-token scores before choosing, in the order the
 * reference applies them: minimum length, banned tokens, then forced first and last tokens.
 */
final class LogitsRules {
    private final GenerationSettings settings;
    private final OutputWords words;

    /**
     * @param words the words the scores' columns stand for; a shortlist always holds the tokens the
     *     rules force (a banned token that is not among them needs no rule)
     */
    LogitsRules(GenerationSettings settings, OutputWords words) {
        this.settings = settings;
        this.words = words;
    }

    /**
     * Applies every rule to scores of shape (rows, words), in place.
     *
     * @param length tokens in each row so far, counting the decoder start token
     */
    NDArray apply(NDArray scores, int length) {
        for (int column : blockedColumns(length)) {
            scores.set(new NDIndex(":, {}", column), Float.NEGATIVE_INFINITY);
        }
        OptionalInt forced = forcedToken(length);
        return forced.isPresent() ? only(scores, forced.getAsInt()) : scores;
    }

    /** Whether the step at {@code length} forces one token, leaving every other word at minus infinity. */
    boolean forces(int length) {
        return forcedToken(length).isPresent();
    }

    /**
     * The column of the token forced at {@code length}, where every other word's score is minus
     * infinity and its own log-probability 0 (so no step logits are needed); empty when none is.
     */
    OptionalInt forcedColumn(int length) {
        OptionalInt forced = forcedToken(length);
        return forced.isPresent() ? OptionalInt.of(columnOf(forced.getAsInt())) : OptionalInt.empty();
    }

    /** The token forced at {@code length}: the first one at the first step, the last at the last. */
    private OptionalInt forcedToken(int length) {
        if (length == 1 && settings.forcedBosId().isPresent()) {
            return settings.forcedBosId();
        }
        if (length == settings.maxLength() - 1 && settings.forcedEosId().isPresent()) {
            return settings.forcedEosId();
        }
        return OptionalInt.empty();
    }

    /**
     * The columns set to minus infinity at {@code length} (end-of-sentence before the minimum
     * length, banned tokens), in the reference's order; a token outside the output words needs none.
     */
    int[] blockedColumns(int length) {
        IntStream tokens = settings.badWordIds().stream().mapToInt(Integer::intValue);
        if (length < settings.minLength()) {
            tokens = IntStream.concat(IntStream.of(settings.eosId()), tokens);
        }
        return tokens.map(words::column).filter(column -> column >= 0).toArray();
    }

    private int columnOf(int token) {
        int column = words.column(token);
        if (column < 0) {
            throw new IllegalStateException("Token " + token + " is forced but not among the output words.");
        }
        return column;
    }

    private NDArray only(NDArray scores, int token) {
        int column = columnOf(token);
        // In place: the scores are this step's own, and a second (rows, words) tensor is not needed.
        scores.set(new NDIndex(":, :"), Float.NEGATIVE_INFINITY);
        scores.set(new NDIndex(":, {}", column), 0f);
        return scores;
    }
}
