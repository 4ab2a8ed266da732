package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;

/**
 * A fully connected layer: {@code x·Wᵀ + b}, run as one fused PyTorch {@code linear}, or with
 * bfloat16 products when the model was loaded with {@link Precision#BF16} ({@code rounded} set).
 */
record Dense(NDArray weight, NDArray bias, Bf16Products.Matrix rounded) {

    NDArray apply(NDArray input) {
        if (rounded != null) {
            return Bf16Products.linear(input, rounded, bias);
        }
        return Linear.linear(input, weight, bias).singletonOrThrow();
    }

    /**
     * {@code activation(x·Wᵀ + b)}; with bfloat16 products the activation is applied inside the
     * product where it can be, block by block on every thread, instead of by two more PyTorch
     * operations on the calling thread.
     */
    NDArray applyThen(Activation activation, NDArray input) {
        if (rounded != null && activation.insideProducts()) {
            return Bf16Products.linear(input, rounded, bias, activation);
        }
        return activation.apply(apply(input));
    }

    static Dense from(Weights weights, String prefix) {
        NDArray weight = weights.require(prefix + ".weight");
        return new Dense(weight, weights.require(prefix + ".bias"), weights.rounded(weight));
    }
}
