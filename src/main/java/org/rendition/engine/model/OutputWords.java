package org.rendition.engine.model;

import java.util.Arrays;

/**
 * The target words a decoding run may choose from: the whole vocabulary (the default), or a
 * shortlist's subset of it. A subset's words are the columns of the run's logits in ascending id
 * order; {@link #id} and {@link #column} translate between the two numberings.
 */
public final class OutputWords {
    private final int vocabulary;
    /** Ascending, distinct ids; null for the whole vocabulary. */
    private final int[] ids;

    private OutputWords(int vocabulary, int[] ids) {
        this.vocabulary = vocabulary;
        this.ids = ids;
    }

    /** Every word of a vocabulary of {@code size} ids. */
    public static OutputWords all(int size) {
        return new OutputWords(size, null);
    }

    /**
     * The given ids of a vocabulary of {@code size} (any order, repeats allowed). Even when they
     * cover the vocabulary the run projects onto the gathered rows, so a full subset exercises the
     * same path as a short one.
     */
    public static OutputWords subset(int size, int[] chosen) {
        int[] sorted = Arrays.stream(chosen).distinct().sorted().toArray();
        if (sorted.length == 0 || sorted[0] < 0 || sorted[sorted.length - 1] >= size) {
            throw new IllegalArgumentException("Output word ids must lie in 0.." + (size - 1) + ".");
        }
        return new OutputWords(size, sorted);
    }

    /** Whether the run projects onto the whole vocabulary (nothing to gather). */
    public boolean whole() {
        return ids == null;
    }

    /** Columns of the logits: the number of words that can be chosen. */
    public int size() {
        return ids == null ? vocabulary : ids.length;
    }

    /** The vocabulary id of a logits column. */
    public int id(int column) {
        return ids == null ? column : ids[column];
    }

    /** The logits column of a vocabulary id, or -1 where the id is not among the words. */
    public int column(int id) {
        if (ids == null) {
            return id >= 0 && id < vocabulary ? id : -1;
        }
        int at = Arrays.binarySearch(ids, id);
        return at >= 0 ? at : -1;
    }

    /** The ids as an index into the projection's rows. */
    long[] rows() {
        return Arrays.stream(ids).asLongStream().toArray();
    }
}
