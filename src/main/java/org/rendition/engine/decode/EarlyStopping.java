package org.rendition.engine.decode;

/**
 * When beam search may stop, with the meanings HuggingFace {@code transformers} gives its
 * {@code early_stopping} flag (we reproduce its outputs, so we reproduce its rule).
 */
public enum EarlyStopping {
    /** Stop as soon as every beam slot holds a finished hypothesis. */
    TRUE,
    /** Stop when no running beam could beat the worst finished one at the current length (the default). */
    FALSE,
    /** Canonical beam search: assume a running beam could still improve up to the maximum length. */
    NEVER;

    /** Parses the JSON value: {@code true}, {@code false} or {@code "never"}. */
    public static EarlyStopping parse(String value) {
        if (value == null) {
            return FALSE;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> TRUE;
            case "never" -> NEVER;
            default -> FALSE;
        };
    }
}
