package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.util.Locale;

/** The feed-forward non-linearities the supported checkpoints use. */
enum Activation {
    RELU, SWISH, GELU;

    NDArray apply(NDArray x) {
        return switch (this) {
            case RELU -> ai.djl.nn.Activation.relu(x);
            // silu(x) = x * sigmoid(x); two kernels, but DJL exposes no fused silu.
            case SWISH -> x.mul(ai.djl.nn.Activation.sigmoid(x));
            case GELU -> x.getNDArrayInternal().gelu();
        };
    }

    static Activation parse(String name) throws IOException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "relu" -> RELU;
            case "swish", "silu" -> SWISH;
            case "gelu" -> GELU;
            default -> throw new IOException("Activation '" + name + "' is not supported.");
        };
    }
}
