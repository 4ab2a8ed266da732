package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;

/**
 * The key/value cache of one decoding run, so each step costs one token per row rather than the
 * whole prefix. Self-attention caches are written in place ({@link SelfAttentionCache}) and belong
 * to this run, so memory stays flat however long the document.
 */
public final class DecoderState implements AutoCloseable {
    private final NDManager owner;
    private final NDArray[] sourceKeys;
    private final NDArray[] sourceValues;
    private NDArray sourceMask;
    private final SelfAttentionCache[] selfAttention;
    /** With the step kernels (decision 0031), these replace {@code selfAttention}; else null. */
    private final KernelCache[] kernelCaches;
    private final PositionOrigins origins;
    /** With the step kernels: the source sentence each row reads (source tensors are never gathered). */
    private int[] sentenceOf;
    private int rows;
    private int length;
    /** The output projection's rows (and bias) of a shortlist's words, gathered once per run; else null. */
    private final NDArray shortProjection;
    private final NDArray shortBias;
    private final OutputWords words;

    /**
     * @param sourceKeys per layer: (rows, H, S, d/H), each sentence repeated for its beams; or, with
     *     {@code beams} set for the step kernels, (sentences, H, d/H, S) once per sentence (values
     *     (sentences, H, S, d/H))
     * @param sourceMask (rows, 1, 1, S); with the step kernels, (sentences, S)
     * @param beams rows per sentence when the step kernels run this state, else 0
     * @param heads the decoder's attention heads, as the step kernels' caches are laid out
     */
    DecoderState(NDManager owner, NDArray[] sourceKeys, NDArray[] sourceValues, NDArray sourceMask, int rows,
            int beams, int heads, OutputWords words, NDArray shortProjection, NDArray shortBias) {
        this.owner = owner;
        this.words = words;
        this.shortProjection = shortProjection;
        this.shortBias = shortBias;
        this.sourceKeys = sourceKeys;
        this.sourceValues = sourceValues;
        this.sourceMask = sourceMask;
        this.rows = rows;
        if (beams > 0) {
            this.selfAttention = new SelfAttentionCache[0];
            this.kernelCaches = new KernelCache[sourceKeys.length];
            for (int i = 0; i < kernelCaches.length; i++) {
                kernelCaches[i] = new KernelCache(owner, heads);
            }
            this.origins = new PositionOrigins(rows);
            this.sentenceOf = new int[rows];
            for (int r = 0; r < rows; r++) {
                sentenceOf[r] = r / beams;
            }
        } else {
            this.selfAttention = new SelfAttentionCache[sourceKeys.length];
            for (int i = 0; i < selfAttention.length; i++) {
                selfAttention[i] = new SelfAttentionCache(owner);
            }
            this.kernelCaches = null;
            this.origins = null;
        }
    }

    /** Whether steps run with the step kernels, through {@link #kernelCache} and {@link #origins}. */
    boolean withKernels() {
        return kernelCaches != null;
    }

    KernelCache kernelCache(int layer) {
        return kernelCaches[layer];
    }

    PositionOrigins origins() {
        return origins;
    }

    int[] sentenceOf() {
        return sentenceOf;
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

    SelfAttentionCache selfAttention(int layer) {
        return selfAttention[layer];
    }

    /** Counts the position a step added to every layer's cache. */
    void advance() {
        length++;
    }

    /**
     * Re-arranges rows: row {@code i} of the next step continues row {@code sourceRows[i]} of this
     * one. Beam search uses it to follow the surviving beams, and both searches to drop sentences
     * that are finished. Source keys are only touched when rows are dropped: beams never move
     * between sentences and every beam of a sentence shares the same source.
     */
    public void select(long[] sourceRows) {
        if (withKernels()) {
            origins.select(sourceRows, length);
            int[] sentences = new int[sourceRows.length];
            for (int i = 0; i < sourceRows.length; i++) {
                sentences[i] = sentenceOf[(int) sourceRows[i]];
            }
            sentenceOf = sentences;
            rows = sourceRows.length;
            return;
        }
        try (NDManager scratch = owner.newSubManager()) {
            for (SelfAttentionCache layer : selfAttention) {
                layer.select(sourceRows, scratch);
            }
            if (sourceRows.length != rows) {
                NDIndex rowsIndex = new NDIndex("{}", scratch.create(sourceRows));
                for (int i = 0; i < sourceKeys.length; i++) {
                    sourceKeys[i] = replace(sourceKeys[i], rowsIndex);
                    sourceValues[i] = replace(sourceValues[i], rowsIndex);
                }
                sourceMask = replace(sourceMask, rowsIndex);
                rows = sourceRows.length;
            }
        }
    }

    private NDArray replace(NDArray array, NDIndex rowsIndex) {
        NDArray selected = array.get(rowsIndex);
        selected.attach(owner);
        array.close();
        return selected;
    }

    @Override
    public void close() {
        for (SelfAttentionCache layer : selfAttention) {
            layer.close();
        }
        if (kernelCaches != null) {
            for (KernelCache layer : kernelCaches) {
                layer.close();
            }
        }
    }
}
