package org.rendition.engine;

/**
 * How many decoding workers an engine starts: {@code -Drendition.decoders=N}, by default as many
 * as PyTorch's compute threads on the opening thread (the window leaves a core free and so gets
 * one; the command line and the benchmark use every core). One turns the workers off.
 */
public final class DecoderSetting {
    public static final String PROPERTY = "rendition.decoders";
    /** Each worker holds its own step tensors; beyond this many a typo is more likely than a plan. */
    static final int MOST = 64;

    private DecoderSetting() {
    }

    /**
     * @param computeThreads PyTorch's threads per operation where the engine is opened
     * @throws IllegalArgumentException when the setting is not a whole number from 1 to 64 (the
     *     message is one sentence)
     */
    public static int fromSettings(int computeThreads) {
        int cores = Runtime.getRuntime().availableProcessors();
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return Math.max(1, Math.min(computeThreads, cores));
        }
        try {
            int decoders = Integer.parseInt(value.strip());
            if (decoders >= 1 && decoders <= MOST) {
                return decoders;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number of decoding workers from 1 to "
                + MOST + " (1 turns them off), not '" + value + "'.");
    }
}
