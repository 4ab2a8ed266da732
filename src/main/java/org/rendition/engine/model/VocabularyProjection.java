package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;

/**
 * The decoder's last product: hidden states (rows × d_model) times the vocabulary's embedding
 * matrix (vocabulary × d_model), the largest matrix product of a decoding step.
 */
final class VocabularyProjection {
    /**
     * From this many rows the product is computed as W·hᵀ. MKL runs the wide form h·Wᵀ 2–3× slower
     * at 8–32 rows (16 rows × 65,001 words: 16 ms against 6 ms on two cores, docs/benchmarks.md);
     * below 8 rows the two are equal.
     */
    static final int TALL_FROM_ROWS = 8;

    private VocabularyProjection() {
    }

    /** The logits, (rows × vocabulary); a transposed view when computed in the tall form. */
    static NDArray logits(NDArray hidden, NDArray weight) {
        if (hidden.getShape().get(0) < TALL_FROM_ROWS) {
            return Linear.linear(hidden, weight).singletonOrThrow();
        }
        NDArray tall = weight.matMul(hidden.transpose());
        // A result belongs to its first operand's manager, here the model's: hand it to the step's.
        tall.attach(hidden.getManager());
        return tall.transpose();
    }
}
