package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * One decoder layer's self-attention keys and values for every row, kept in buffers with room for
 * later tokens: each step writes its token's keys and values in place and attention reads a view
 * of the filled part. Growing by concatenation instead copied the whole cache every step, and a
 * beam reorder copied it again; here a reorder copies only the rows whose hypothesis changed.
 */
final class SelfAttentionCache implements AutoCloseable {
    /** Positions a buffer first holds; doubling when full copies each position about once more. */
    private static final int FIRST_CAPACITY = 32;

    private final NDManager owner;
    /** (rows, heads, capacity, head width), filled up to {@code filled} along the third axis. */
    private NDArray keys;
    private NDArray values;
    private int filled;

    SelfAttentionCache(NDManager parent) {
        this.owner = parent.newSubManager();
    }

    /**
     * Adds one position per row and returns views of every filled position, keys then values,
     * belonging to {@code scratch}.
     */
    NDArray[] append(NDArray stepKeys, NDArray stepValues, NDManager scratch) {
        if (keys == null) {
            keys = allocate(stepKeys, FIRST_CAPACITY);
            values = allocate(stepValues, FIRST_CAPACITY);
        } else if (filled == keys.getShape().get(2)) {
            keys = grown(keys);
            values = grown(values);
        }
        NDIndex position = new NDIndex().addAllDim().addAllDim().addSliceDim(filled, filled + 1);
        keys.set(position, stepKeys);
        values.set(position, stepValues);
        filled++;
        return new NDArray[] {filledPart(keys, scratch), filledPart(values, scratch)};
    }

    /**
     * Row {@code i} continues row {@code sourceRows[i]}. With the row count unchanged (a beam
     * reorder) only the rows that change are copied, and only their filled positions; otherwise
     * (rows dropped) the kept rows are gathered into new buffers.
     */
    void select(long[] sourceRows, NDManager scratch) {
        if (keys == null) {
            return;
        }
        if (sourceRows.length != keys.getShape().get(0)) {
            NDIndex kept = new NDIndex("{}", scratch.create(sourceRows));
            keys = replaced(keys, keys.get(kept));
            values = replaced(values, values.get(kept));
            return;
        }
        int changed = 0;
        for (int i = 0; i < sourceRows.length; i++) {
            if (sourceRows[i] != i) {
                changed++;
            }
        }
        if (changed == 0) {
            return;
        }
        long[] from = new long[changed];
        long[] to = new long[changed];
        int at = 0;
        for (int i = 0; i < sourceRows.length; i++) {
            if (sourceRows[i] != i) {
                from[at] = sourceRows[i];
                to[at++] = i;
            }
        }
        NDIndex source = new NDIndex("{}", scratch.create(from)).addAllDim().addSliceDim(0, filled);
        NDIndex target = new NDIndex("{}", scratch.create(to)).addAllDim().addSliceDim(0, filled);
        // Gathered before anything is written, so a row that is both read and overwritten is read first.
        moveRows(keys, source, target, scratch);
        moveRows(values, source, target, scratch);
    }

    private static void moveRows(NDArray buffer, NDIndex source, NDIndex target, NDManager scratch) {
        NDArray moved = buffer.get(source);
        moved.attach(scratch);
        buffer.set(target, moved);
    }

    private NDArray allocate(NDArray like, long capacity) {
        Shape shape = like.getShape();
        return owner.create(new Shape(shape.get(0), shape.get(1), capacity, shape.get(3)), like.getDataType());
    }

    private NDArray grown(NDArray buffer) {
        return grownAlong(owner, buffer, 2, 2 * buffer.getShape().get(2), filled);
    }

    /**
     * A copy of {@code buffer} in {@code owner} with room for {@code capacity} positions along
     * {@code axis}, its first {@code filled} positions copied; {@code buffer} is closed.
     */
    static NDArray grownAlong(NDManager owner, NDArray buffer, int axis, long capacity, int filled) {
        long[] dims = buffer.getShape().getShape().clone();
        dims[axis] = capacity;
        NDArray larger = owner.create(new Shape(dims), buffer.getDataType());
        NDIndex old = new NDIndex();
        for (int i = 0; i < axis; i++) {
            old.addAllDim();
        }
        old.addSliceDim(0, filled);
        try (NDManager views = owner.newSubManager()) {
            NDArray part = buffer.get(old);
            part.attach(views);
            larger.set(old, part);
        }
        buffer.close();
        return larger;
    }

    private NDArray replaced(NDArray buffer, NDArray selected) {
        selected.attach(owner);
        buffer.close();
        return selected;
    }

    private NDArray filledPart(NDArray buffer, NDManager scratch) {
        NDArray view = buffer.get(new NDIndex().addAllDim().addAllDim().addSliceDim(0, filled));
        view.attach(scratch);
        return view;
    }

    @Override
    public void close() {
        owner.close();
    }
}
