package org.rendition.engine;

import org.rendition.arch.ValueType;

/**
 * Per-request decoding choices; zero means "what the model's generation config says".
 *
 * @param beams beam size, 1 for greedy search
 * @param batchSize sentences decoded together; larger batches use the cores better
 * @param maxLength longest output in tokens, counting the decoder start token
 */
@ValueType
public record DecodingOptions(int beams, int batchSize, int maxLength) {
    public static final int DEFAULT_BATCH = 16;

    public DecodingOptions {
        if (beams < 0 || batchSize < 1 || maxLength < 0) {
            throw new IllegalArgumentException("Beams and maximum length cannot be negative; batch size must be "
                    + "at least 1.");
        }
    }

    /** The model's own settings, in batches of {@value #DEFAULT_BATCH}. */
    public static DecodingOptions modelDefaults() {
        return new DecodingOptions(0, DEFAULT_BATCH, 0);
    }

    public DecodingOptions withBeams(int value) {
        return new DecodingOptions(value, batchSize, maxLength);
    }

    public DecodingOptions withBatchSize(int value) {
        return new DecodingOptions(beams, value, maxLength);
    }
}
