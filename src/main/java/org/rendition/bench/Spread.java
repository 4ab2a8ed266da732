package org.rendition.bench;

import java.util.Arrays;

/**
 * One figure measured over several interleaved rounds: its median, and its lowest and highest
 * round, so a reader sees how far a single pass could have strayed on a shared machine.
 *
 * @param median the middle round (the mean of the two middle ones for an even count)
 * @param low the lowest round
 * @param high the highest round
 * @param rounds how many rounds
 */
public record Spread(double median, double low, double high, int rounds) {

    /** The spread of the given per-round values; at least one. */
    public static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A spread needs at least one round.");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** The range as printed after the median, e.g. {@code (1.10–1.42 over 4 rounds)}. */
    public String range() {
        return String.format("(%.2f–%.2f over %d rounds)", low, high, rounds);
    }
}
