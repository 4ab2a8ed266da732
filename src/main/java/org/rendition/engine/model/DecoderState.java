package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;

/**
 * The key/value cache of one decoding run, so each step costs one token per row rather than the
 * whole prefix. Self-attention caches live in a manager of their own that is replaced every step:
 * the previous step's tensors are freed then, so memory stays flat however long the document.
 */
public final class DecoderState implements AutoCloseable {
    private final NDManager owner;
    private final NDArray[] sourceKeys;
    private final NDArray[] sourceValues;
    private NDArray sourceMask;
    private final NDArray[][] past;
    private int rows;
    private NDManager generation;
    private int length;
    /** The output projection's rows (and bias) of a shortlist's words, gathered once per run; else null. */
    private final NDArray shortProjection;
    private final NDArray shortBias;
    private final OutputWords words;

    DecoderState(NDManager owner, NDArray[] sourceKeys, NDArray[] sourceValues, NDArray sourceMask, int rows,
            OutputWords words, NDArray shortProjection, NDArray shortBias) {
        this.owner = owner;
        this.words = words;
        this.shortProjection = shortProjection;
        this.shortBias = shortBias;
        this.sourceKeys = sourceKeys;
        this.sourceValues = sourceValues;
        this.sourceMask = sourceMask;
        this.rows = rows;
        this.past = new NDArray[sourceKeys.length][2];
        this.generation = owner.newSubManager();
    }

    /** Rows being decoded: sentences times beams. */
    public int rows() {
        return rows;
    }

    /** Tokens already consumed by the decoder. */
    public int length() {
        return length;
    }

    /** The words this run's logits cover, one column each. */
    public OutputWords words() {
        return words;
    }

    NDArray shortProjection() {
        return shortProjection;
    }

    NDArray shortBias() {
        return shortBias;
    }

    NDArray sourceKeys(int layer) {
        return sourceKeys[layer];
    }

    NDArray sourceValues(int layer) {
        return sourceValues[layer];
    }

    NDArray sourceMask() {
        return sourceMask;
    }

    NDArray[] past(int layer) {
        return past[layer];
    }

    /** Keeps the caches a step produced and frees the ones it replaced. */
    void advance() {
        keepPast();
        length++;
    }

    /**
     * Re-arranges rows: row {@code i} of the next step continues row {@code sourceRows[i]} of this
     * one. Beam search uses it to follow the surviving beams, and both searches to drop sentences
     * that are finished. Source keys are only touched when rows are dropped: beams never move
     * between sentences and every beam of a sentence shares the same source.
     */
    public void select(long[] sourceRows) {
        NDArray index = generation.create(sourceRows);
        NDIndex rowsIndex = new NDIndex("{}", index);
        for (NDArray[] layer : past) {
            layer[0] = layer[0].get(rowsIndex);
            layer[1] = layer[1].get(rowsIndex);
        }
        if (sourceRows.length != rows) {
            for (int i = 0; i < sourceKeys.length; i++) {
                sourceKeys[i] = replace(sourceKeys[i], rowsIndex);
                sourceValues[i] = replace(sourceValues[i], rowsIndex);
            }
            sourceMask = replace(sourceMask, rowsIndex);
            rows = sourceRows.length;
        }
        keepPast();
    }

    private NDArray replace(NDArray array, NDIndex rowsIndex) {
        NDArray selected = array.get(rowsIndex);
        selected.attach(owner);
        array.close();
        return selected;
    }

    private void keepPast() {
        NDManager next = owner.newSubManager();
        for (NDArray[] layer : past) {
            layer[0].attach(next);
            layer[1].attach(next);
        }
        generation.close();
        generation = next;
    }

    @Override
    public void close() {
        generation.close();
    }
}
