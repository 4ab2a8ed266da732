package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;

/**
 * One weight matrix multiplied exactly as the model multiplies its own at a given precision: for
 * measuring what the products alone can reach ({@code MatmulCeiling}), so that an engine running
 * bfloat16 products is set against a bfloat16 ceiling, not a float32 one.
 */
public final class PrecisionProduct implements AutoCloseable {
    private final Dense dense;

    private PrecisionProduct(Dense dense) {
        this.dense = dense;
    }

    /**
     * @param bias added to every row, or null
     * @throws IllegalStateException when bfloat16 is asked for and cannot run here
     */
    public static PrecisionProduct of(NDArray weight, NDArray bias, Precision precision) {
        if (precision == Precision.BF16) {
            Bf16Products.unavailable().ifPresent(reason -> {
                throw new IllegalStateException("bfloat16 products cannot run here: " + reason);
            });
            return new PrecisionProduct(new Dense(weight, bias, Bf16Products.convert(weight)));
        }
        return new PrecisionProduct(new Dense(weight, bias, null));
    }

    /** {@code x·Wᵀ + b} over the last dimension of {@code x}. */
    public NDArray apply(NDArray x) {
        return dense.apply(x);
    }

    @Override
    public void close() {
        if (dense.rounded() != null) {
            dense.rounded().close();
        }
    }
}
