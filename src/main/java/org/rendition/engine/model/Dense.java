package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;

/** A fully connected layer: {@code x·Wᵀ + b}, run as one fused PyTorch {@code linear}. */
record Dense(NDArray weight, NDArray bias) {

    NDArray apply(NDArray input) {
        return Linear.linear(input, weight, bias).singletonOrThrow();
    }

    static Dense from(Weights weights, String prefix) {
        return new Dense(weights.require(prefix + ".weight"), weights.require(prefix + ".bias"));
    }
}
