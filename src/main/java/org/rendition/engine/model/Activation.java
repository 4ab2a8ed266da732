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

    /** Whether bfloat16 products apply this activation themselves (bf16_products.c's numbering). */
    boolean insideProducts() {
        return this != GELU;
    }

    /** bf16_products.c's number for it: RELU 1, SWISH 2. */
    int nativeCode() {
        return switch (this) {
            case RELU -> 1;
            case SWISH -> 2;
            case GELU -> throw new IllegalStateException("GELU is applied by PyTorch, after the product.");
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
