package org.rendition.engine.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The encoder-decoder families Rendition runs. Both are the BART-style transformer; they differ in
 * where layer norm sits, how positions are encoded and whether logits carry a bias.
 */
public enum Architecture {
    /** Marian / OPUS-MT: post-norm layers, Marian sinusoids from position 0, final logits bias. */
    MARIAN("marian", false),
    /** M2M100 and NLLB-200: pre-norm layers with a final norm, fairseq sinusoids offset by the pad id. */
    M2M100("m2m_100", true);

    private final String modelType;
    private final boolean preNorm;

    Architecture(String modelType, boolean preNorm) {
        this.modelType = modelType;
        this.preNorm = preNorm;
    }

    /** The {@code model_type} value of a HuggingFace {@code config.json}. */
    public String modelType() {
        return modelType;
    }

    /** Whether layer norm is applied before each sub-layer (and once more at the end of a stack). */
    public boolean preNorm() {
        return preNorm;
    }

    /** Maps a {@code model_type}; NLLB checkpoints declare themselves as {@code m2m_100}. */
    public static Optional<Architecture> fromModelType(String modelType) {
        String wanted = modelType == null ? "" : modelType.toLowerCase(Locale.ROOT);
        for (Architecture architecture : values()) {
            if (architecture.modelType.equals(wanted)) {
                return Optional.of(architecture);
            }
        }
        return wanted.equals("nllb") ? Optional.of(M2M100) : Optional.empty();
    }
}
