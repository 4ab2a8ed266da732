package org.rendition.engine.model;

/**
 * Which cache row holds each earlier position of each decoding row, shared by every layer's
 * {@link KernelCache} (decision 0031). Each step, row {@code r} writes its new position into cache
 * row {@code r}; a beam step that makes row {@code i} continue row {@code j} copies row {@code j}'s
 * origins, a few integers, where reordering the cache itself moved every layer's keys and values.
 * Dropping finished sentences only renumbers rows: a cache row's later positions are still unwritten,
 * so row {@code r} may always write into cache row {@code r}.
 */
final class PositionOrigins {
    private static final int FIRST_STRIDE = 32;

    private int rows;
    private int stride = FIRST_STRIDE;
    /** Row r's position p is in cache row table[r * stride + p]. */
    private int[] table;

    PositionOrigins(int rows) {
        this.rows = rows;
        this.table = new int[rows * stride];
    }

    /** Records that every row's {@code position} is written into its own cache row. */
    void add(int position) {
        if (position >= stride) {
            int wider = Math.max(2 * stride, position + 1);
            int[] grown = new int[rows * wider];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(table, r * stride, grown, r * wider, stride);
            }
            table = grown;
            stride = wider;
        }
        for (int r = 0; r < rows; r++) {
            table[r * stride + position] = r;
        }
    }

    /** Row {@code i} continues row {@code sourceRows[i]}, whose first {@code filled} positions it takes. */
    void select(long[] sourceRows, int filled) {
        int[] next = new int[sourceRows.length * stride];
        for (int i = 0; i < sourceRows.length; i++) {
            System.arraycopy(table, (int) sourceRows[i] * stride, next, i * stride, filled);
        }
        table = next;
        rows = sourceRows.length;
    }

    int[] table() {
        return table;
    }

    int stride() {
        return stride;
    }
}
