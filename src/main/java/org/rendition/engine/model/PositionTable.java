package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;

/**
 * Fixed sinusoidal position embeddings. The two families build the table differently, and
 * reproducing the reference outputs needs the same table to the last bit, so each is built the way
 * its reference builds it.
 */
final class PositionTable {
    private final NDArray table;
    private final int firstPosition;
    private final int paddingPosition;

    private PositionTable(NDArray table, int firstPosition, int paddingPosition) {
        this.table = table;
        this.firstPosition = firstPosition;
        this.paddingPosition = paddingPosition;
    }

    /**
     * Marian: sines in the first half, cosines in the second, positions from 0, computed in double
     * precision and rounded once (as the reference does with NumPy).
     */
    static PositionTable marian(NDManager manager, int positions, int dim) {
        float[] values = new float[positions * dim];
        int sentinel = (dim + 1) / 2;
        for (int pos = 0; pos < positions; pos++) {
            for (int j = 0; j < dim; j++) {
                double angle = pos / Math.pow(10000, 2.0 * (j / 2) / dim);
                if (j % 2 == 0) {
                    values[pos * dim + j / 2] = (float) Math.sin(angle);
                } else {
                    values[pos * dim + sentinel + j / 2] = (float) Math.cos(angle);
                }
            }
        }
        return new PositionTable(manager.create(values, new Shape(positions, dim)), 0, -1);
    }

    /**
     * Fairseq (M2M100/NLLB): computed in float32 by PyTorch exactly as the reference computes it;
     * positions start after the padding id and the padding row is zero.
     */
    static PositionTable fairseq(NDManager manager, int positions, int dim, int padId) {
        int half = dim / 2;
        int rows = positions + 2;
        double step = Math.log(10000) / (half - 1);
        NDArray frequencies = manager.arange(0, half, 1, DataType.INT64).toType(DataType.FLOAT32, false)
                .mul(-step).exp();
        NDArray angles = manager.arange(0, rows, 1, DataType.INT64).toType(DataType.FLOAT32, false)
                .expandDims(1).mul(frequencies.expandDims(0));
        NDArray table = angles.sin().concat(angles.cos(), 1);
        if (dim % 2 == 1) {
            table = table.concat(manager.zeros(new Shape(rows, 1)), 1);
        }
        table.set(new NDIndex(padId), 0f);
        return new PositionTable(table, padId + 1, padId);
    }

    /** Row of the table for the token at {@code index} (0-based) of a sequence. */
    long position(int index) {
        return firstPosition + index;
    }

    /** Row used for padding tokens: the zero row for fairseq; Marian has none and counts them. */
    long paddingPosition(int index) {
        return paddingPosition >= 0 ? paddingPosition : position(index);
    }

    long size() {
        return table.getShape().get(0) - firstPosition;
    }

    /** Embeddings for the given position rows, created in the manager of {@code rows}. */
    NDArray lookup(NDArray rows) {
        return Embedding.embedding(rows, table, SparseFormat.DENSE).singletonOrThrow();
    }
}
