package org.rendition.engine.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * The constraints generation applies to next-token scores before choosing, in the order the
 * reference applies them: minimum length, banned tokens, then forced first and last tokens.
 */
final class LogitsRules {
    private final GenerationSettings settings;

    LogitsRules(GenerationSettings settings) {
        this.settings = settings;
    }

    /**
     * Applies every rule to scores of shape (rows, vocabulary).
     *
     * @param length tokens in each row so far, counting the decoder start token
     */
    NDArray apply(NDArray scores, int length) {
        if (length < settings.minLength()) {
            scores.set(new NDIndex(":, {}", settings.eosId()), Float.NEGATIVE_INFINITY);
        }
        for (int banned : settings.badWordIds()) {
            scores.set(new NDIndex(":, {}", banned), Float.NEGATIVE_INFINITY);
        }
        if (length == 1 && settings.forcedBosId().isPresent()) {
            return only(scores, settings.forcedBosId().getAsInt());
        }
        if (length == settings.maxLength() - 1 && settings.forcedEosId().isPresent()) {
            return only(scores, settings.forcedEosId().getAsInt());
        }
        return scores;
    }

    private static NDArray only(NDArray scores, int token) {
        NDArray forced = scores.getManager().full(scores.getShape(), Float.NEGATIVE_INFINITY);
        forced.set(new NDIndex(":, {}", token), 0f);
        return forced;
    }
}
