package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.LayerNorm;
import org.rendition.engine.natives.StepKernels;

/** Layer normalisation over the hidden dimension, with the epsilon both model families use. */
record Norm(NDArray gamma, NDArray beta) {
    private static final float EPSILON = 1e-5f;

    NDArray apply(NDArray input) {
        return LayerNorm.layerNorm(input, new Shape(gamma.getShape().get(0)), gamma, beta, EPSILON)
                .singletonOrThrow();
    }

    /** A residual sum and its normalisation: the next sublayer's input. */
    record Sum(NDArray sum, NDArray normed) {
    }

    /**
     * {@code x + a} and its normalisation in one pass with the step kernels (decision 0031), in
     * {@code x}'s manager; the sum is kept only when {@code keepSum} (pre-norm layers carry it on).
     */
    Sum addThenApply(NDArray x, NDArray a, boolean keepSum) {
        NDManager manager = x.getManager();
        Shape shape = x.getShape();
        int width = (int) shape.get(shape.dimension() - 1);
        NDArray sum = keepSum ? manager.create(shape, DataType.FLOAT32) : null;
        NDArray normed = manager.create(shape, DataType.FLOAT32);
        if (StepKernels.addNorm(x.toByteBuffer(true), a.toByteBuffer(true), gamma.toByteBuffer(true),
                beta.toByteBuffer(true), EPSILON, (int) (shape.size() / width), width,
                sum == null ? null : sum.toByteBuffer(true), normed.toByteBuffer(true)) != 0) {
            throw new IllegalStateException("The layer normalisation kernel failed: a buffer was not direct.");
        }
        return new Sum(sum, normed);
    }

    static Norm from(Weights weights, String prefix) {
        return new Norm(weights.require(prefix + ".weight"), weights.require(prefix + ".bias"));
    }
}
