package org.rendition.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The in-place cache holds what concatenating every step's keys and values, then gathering rows, would. */
class SelfAttentionCacheTest {
    private static final Shape STEP = new Shape(3, 2, 1, 4);

    @Test
    void positionsPastTheFirstCapacityAreKeptWithEveryEarlierOne() {
        try (NDManager manager = NDManager.newBaseManager();
                SelfAttentionCache cache = new SelfAttentionCache(manager)) {
            NDArray expected = null;
            NDArray[] cached = null;
            for (int step = 0; step < 70; step++) {
                NDArray keys = manager.randomNormal(STEP);
                expected = expected == null ? keys : expected.concat(keys, 2);
                cached = cache.append(keys, keys.neg(), manager);
            }
            assertEquals(new Shape(3, 2, 70, 4), cached[0].getShape());
            assertArrayEquals(expected.toFloatArray(), cached[0].toFloatArray());
            assertArrayEquals(expected.neg().toFloatArray(), cached[1].toFloatArray());
        }
    }

    @Test
    void reorderedRowsContinueTheirSourceRows() {
        assertSelectionMatchesGathering(new long[] {2, 2, 0});
    }

    @Test
    void droppedRowsLeaveTheCache() {
        assertSelectionMatchesGathering(new long[] {2, 0});
    }

    private static void assertSelectionMatchesGathering(long[] sourceRows) {
        try (NDManager manager = NDManager.newBaseManager();
                SelfAttentionCache cache = new SelfAttentionCache(manager)) {
            NDArray expected = null;
            // Past the first capacity, so the reorder works on a grown buffer.
            for (int step = 0; step < 35; step++) {
                NDArray keys = manager.randomNormal(STEP);
                expected = expected == null ? keys : expected.concat(keys, 2);
                cache.append(keys, keys.neg(), manager);
            }
            cache.select(sourceRows, manager);
            NDArray gathered = expected.get(new NDIndex("{}", manager.create(sourceRows)));
            NDArray next = manager.randomNormal(new Shape(sourceRows.length, 2, 1, 4));
            NDArray[] cached = cache.append(next, next.neg(), manager);
            NDArray whole = gathered.concat(next, 2);
            assertArrayEquals(whole.toFloatArray(), cached[0].toFloatArray());
            assertArrayEquals(whole.neg().toFloatArray(), cached[1].toFloatArray());
        }
    }
}
