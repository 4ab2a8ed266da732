package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import org.rendition.engine.natives.StepKernels;

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

    /** Writes each row's keys and values (rows × 1 × width) at {@code position} of its own cache row. */
    void write(NDArray stepKeys, NDArray stepValues, int position) {
        Shape shape = stepKeys.getShape();
        int rows = (int) shape.get(0);
        int width = (int) shape.get(shape.dimension() - 1);
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
        copy(stepKeys, keys, rows, position, width);
        copy(stepValues, values, rows, position, width);
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

    private void copy(NDArray step, NDArray buffer, int rows, int position, int width) {
        if (StepKernels.writePosition(step.toByteBuffer(true), buffer.toByteBuffer(true), rows, position, capacity,
                width, heads) != 0) {
            throw new IllegalStateException("A key/value cache position could not be written.");
        }
    }

    @Override
    public void close() {
        owner.close();
    }
}
