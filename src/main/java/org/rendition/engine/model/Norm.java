package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.LayerNorm;

/** Layer normalisation over the hidden dimension, with the epsilon both model families use. */
record Norm(NDArray gamma, NDArray beta) {
    private static final float EPSILON = 1e-5f;

    NDArray apply(NDArray input) {
        return LayerNorm.layerNorm(input, new Shape(gamma.getShape().get(0)), gamma, beta, EPSILON)
                .singletonOrThrow();
    }

    static Norm from(Weights weights, String prefix) {
        return new Norm(weights.require(prefix + ".weight"), weights.require(prefix + ".bias"));
    }
}
