package org.rendition.engine.model;

import java.util.Locale;
import java.util.Optional;
import org.rendition.arch.ValueType;

/**
 * How the model's matrix products are computed. {@link #FP32}, the default of every pack that does
 * not declare another (decision 0028), is exact float32 and reproduces the reference outputs token
 * for token (the parity tests). {@link #BF16} rounds the
 * weights (once, at load) and each product's input (per call) to bfloat16 and accumulates in
 * float32: on processors with AMX or AVX-512 BF16 the products run two to three times faster, and
 * outputs may differ from float32 where two candidates score almost alike (decision 0023,
 * docs/benchmarks.md). Attention scores, norms, softmax and the beam bookkeeping stay float32.
 */
@ValueType
public enum Precision {
    FP32,
    BF16;

    /** The system property that chooses the precision for every model loaded afterwards. */
    public static final String PROPERTY = "rendition.precision";

    /** {@code -Drendition.precision=bf16}, else float32. */
    public static Precision fromSettings() {
        return chosenBySetting().orElse(FP32);
    }

    /**
     * The precision {@code -Drendition.precision} (or {@code translate --precision}) chooses for
     * this run, or empty when it is not set and the model pack's own precision applies.
     */
    public static Optional<Precision> chosenBySetting() {
        String chosen = System.getProperty(PROPERTY);
        return chosen == null ? Optional.empty() : Optional.of(parse(chosen));
    }

    /** {@code fp32}/{@code float32} or {@code bf16}/{@code bfloat16}, any case. */
    public static Precision parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "fp32", "float32", "" -> FP32;
            case "bf16", "bfloat16" -> BF16;
            default -> throw new IllegalArgumentException("Unknown precision '" + text + "': use fp32 or bf16.");
        };
    }

    /** As written on the command line and in the benchmark. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
