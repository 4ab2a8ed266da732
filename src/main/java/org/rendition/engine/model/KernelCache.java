package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;

/**
 * One decoder layer's self-attention keys and values for the step kernels (decision 0031):
 * (cache rows × heads × capacity × head width), so that a head's positions lie one after another. A
 * position, once written, never moves; rows read theirs through {@link PositionOrigins}.
 */
final class KernelCache implements AutoCloseable {
    /** Positions a buffer first holds; doubling when full copies each position about once more. */
    private static final int FIRST_CAPACITY = 32;

    private final NDManager owner;
    private final int heads;
    private NDArray keys;
    private NDArray values;
    private int capacity;

    KernelCache(NDManager parent, int heads) {
        this.owner = parent.newSubManager();
        this.heads = heads;
    }

    /**
     * Makes room for {@code position} in buffers for {@code rows} rows of {@code width}; the step
     * kernels write each row's keys and values there as they attend.
     */
    void makeRoom(int rows, int width, int position) {
        if (keys == null) {
            capacity = Math.max(FIRST_CAPACITY, position + 1);
            Shape buffer = new Shape(rows, heads, capacity, width / heads);
            keys = owner.create(buffer, DataType.FLOAT32);
            values = owner.create(buffer, DataType.FLOAT32);
        } else if (position >= capacity) {
            int larger = Math.max(2 * capacity, position + 1);
            keys = SelfAttentionCache.grownAlong(owner, keys, 2, larger, position);
            values = SelfAttentionCache.grownAlong(owner, values, 2, larger, position);
            capacity = larger;
        }
    }

    ByteBuffer keys() {
        return keys.toByteBuffer(true);
    }

    ByteBuffer values() {
        return values.toByteBuffer(true);
    }

    int capacity() {
        return capacity;
    }

    @Override
    public void close() {
        owner.close();
    }
}
