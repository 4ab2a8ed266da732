package org.rendition.engine.shortlist;

/**
 * How often each (source token, target token) pair occurred in the same sentence pair: an
 * open-addressing table of primitive keys, since a corpus yields millions of pairs and a boxed map
 * would need several times the memory.
 */
final class PairCounts {
    private static final long EMPTY = -1L;
    private final int most;
    private long[] keys;
    private int[] counts;
    private int size;

    /** @param most distinct pairs allowed; {@link #add} refuses more */
    PairCounts(int most) {
        this.most = most;
        allocate(1 << 16);
    }

    /** Counts one occurrence; false when the pair is new and the table already holds {@code most}. */
    boolean add(int source, int target) {
        long key = ((long) source << 32) | (target & 0xffffffffL);
        int at = slot(key);
        if (keys[at] == EMPTY) {
            if (size >= most) {
                return false;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
                at = slot(key);
            }
            keys[at] = key;
            size++;
        }
        counts[at]++;
        return true;
    }

    int size() {
        return size;
    }

    /** Calls {@code visit} once per pair, in no particular order. */
    void forEach(Visitor visit) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visit.pair((int) (keys[i] >>> 32), (int) keys[i], counts[i]);
            }
        }
    }

    /** One pair and its count. */
    interface Visitor {
        void pair(int source, int target, int count);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int at = (int) (mix(key) & mask);
        while (keys[at] != EMPTY && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int at = slot(oldKeys[i]);
                keys[at] = oldKeys[i];
                counts[at] = oldCounts[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        counts = new int[capacity];
        java.util.Arrays.fill(keys, EMPTY);
    }

    /** A 64-bit finaliser (MurmurHash3's), so neighbouring ids spread over the table. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
