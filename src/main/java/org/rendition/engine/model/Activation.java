package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.util.Locale;

/** The feed-forward non-linearities the supported checkpoints use. */
enum Activation {
    RELU(1), SWISH(2), GELU(0);

    /** bf16_products.c's number for it when the products apply it themselves, else 0. */
    private final int productCode;

    Activation(int productCode) {
        this.productCode = productCode;
    }

    NDArray apply(NDArray x) {
        return switch (this) {
            case RELU -> ai.djl.nn.Activation.relu(x);
            // silu(x) = x * sigmoid(x); two kernels, but DJL exposes no fused silu.
            case SWISH -> x.mul(ai.djl.nn.Activation.sigmoid(x));
            case GELU -> x.getNDArrayInternal().gelu();
        };
    }

    /** Whether bfloat16 products apply this activation themselves (GELU stays a PyTorch operation). */
    boolean insideProducts() {
        return productCode != 0;
    }

    /** bf16_products.c's number for it (NONE 0, RELU 1, SWISH 2). */
    int productCode() {
        return productCode;
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
