package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;

/**
 * Multi-head attention with separate query, key, value and output projections (the BART layout
 * shared by Marian and M2M100). Scores are scaled after the product, as transformers' eager path does.
 */
final class Attention {
    private final Dense query;
    private final Dense key;
    private final Dense value;
    private final Dense output;
    private final int heads;
    private final float scaling;

    Attention(Weights weights, String prefix, int heads, int dModel) {
        this.query = Dense.from(weights, prefix + ".q_proj");
        this.key = Dense.from(weights, prefix + ".k_proj");
        this.value = Dense.from(weights, prefix + ".v_proj");
        this.output = Dense.from(weights, prefix + ".out_proj");
        this.heads = heads;
        this.scaling = (float) Math.pow((double) dModel / heads, -0.5);
    }

    /** Projects hidden states to keys, split into heads: (B, H, T, d/H). */
    NDArray keys(NDArray hidden) {
        return splitHeads(key.apply(hidden));
    }

    /** Projects hidden states to values, split into heads: (B, H, T, d/H). */
    NDArray values(NDArray hidden) {
        return splitHeads(value.apply(hidden));
    }

    /**
     * Attends from {@code hidden} (B, T, d) over the given keys and values.
     *
     * @param maskBias added to the scores: 0 where attending is allowed, a huge negative number at
     *     padding; null when every key is real
     */
    NDArray attend(NDArray hidden, NDArray keys, NDArray values, NDArray maskBias) {
        return combine(hidden, weights(hidden, keys, maskBias), values);
    }

    /**
     * Like {@link #attend}, and also gives the attention weights averaged over the heads,
     * (B, T, keys): how much each query position looked at each key. Only scoring asks for them.
     */
    Attended attendShowingWeights(NDArray hidden, NDArray keys, NDArray values, NDArray maskBias) {
        NDArray weights = weights(hidden, keys, maskBias);
        return new Attended(combine(hidden, weights, values), weights.mean(new int[] {1}));
    }

    /** An attention output with the head-averaged weights that produced it. */
    record Attended(NDArray output, NDArray weights) {
    }

    private NDArray weights(NDArray hidden, NDArray keys, NDArray maskBias) {
        NDArray queries = splitHeads(query.apply(hidden));
        NDArray scores = queries.matMul(keys.transpose(0, 1, 3, 2)).mul(scaling);
        if (maskBias != null) {
            scores = scores.add(maskBias);
        }
        return scores.softmax(-1);
    }

    private NDArray combine(NDArray hidden, NDArray weights, NDArray values) {
        long batch = hidden.getShape().get(0);
        long length = hidden.getShape().get(1);
        long width = hidden.getShape().get(2);
        NDArray context = weights.matMul(values);
        return output.apply(context.transpose(0, 2, 1, 3).reshape(batch, length, width));
    }

    private NDArray splitHeads(NDArray projected) {
        long batch = projected.getShape().get(0);
        long length = projected.getShape().get(1);
        long width = projected.getShape().get(2);
        return projected.reshape(batch, length, heads, width / heads).transpose(0, 2, 1, 3);
    }
}
