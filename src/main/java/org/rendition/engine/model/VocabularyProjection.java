package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;

/**
 * The decoder's last product: hidden states (rows × d_model) times the vocabulary's embedding
 * matrix (vocabulary × d_model), the largest matrix product of a decoding step.
 */
final class VocabularyProjection {
    /**
     * Between these row counts the product is computed as W·hᵀ. MKL runs the wide form h·Wᵀ 2–3×
     * slower at 8–32 rows (16 rows × 65,001 words: 16 ms against 6 ms on two cores); below 8 rows
     * the two are equal, and from about 56 rows the tall form loses, mostly because the log-softmax
     * that follows then reads a transposed 15 MB array (measured with both forms plus log-softmax,
     * docs/benchmarks.md).
     */
    static final int TALL_FROM_ROWS = 8;
    static final int TALL_TO_ROWS = 48;

    private VocabularyProjection() {
    }

    /**
     * The logits, (rows × vocabulary); a transposed view when computed in the tall form.
     *
     * @param rounded the weight's bfloat16 copy ({@link Precision#BF16}), or null for float32
     * @param bias added to every row, (1, vocabulary) or (vocabulary), or null. Added inside the
     *     product where it can be: a separate add read and wrote the whole (rows × 65,001) logits
     *     again, 8% of a beam-4 × 16 step.
     */
    static NDArray logits(NDArray hidden, NDArray weight, Bf16Products.Matrix rounded, NDArray bias) {
        if (rounded != null) {
            return Bf16Products.linear(hidden, rounded, bias);
        }
        long rows = hidden.getShape().get(0);
        if (rows < TALL_FROM_ROWS || rows > TALL_TO_ROWS) {
            return Linear.linear(hidden, weight, bias == null ? null : bias.reshape(-1)).singletonOrThrow();
        }
        NDArray tall = weight.matMul(hidden.transpose());
        // A result belongs to its first operand's manager, here the model's: hand it to the step's.
        tall.attach(hidden.getManager());
        NDArray logits = tall.transpose();
        return bias == null ? logits : logits.add(bias);
    }
}
