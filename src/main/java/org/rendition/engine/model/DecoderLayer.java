package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import java.nio.ByteBuffer;
import org.rendition.engine.natives.StepKernels;

/** One decoder block: cached self-attention, attention over the source, then feed-forward. */
final class DecoderLayer {
    private final Attention selfAttention;
    private final Norm selfAttentionNorm;
    private final Attention sourceAttention;
    private final Norm sourceAttentionNorm;
    private final Dense expand;
    private final Dense contract;
    private final Norm feedForwardNorm;
    private final Activation activation;
    private final boolean preNorm;

    DecoderLayer(Weights weights, String prefix, ModelConfig config, Activation activation) {
        int heads = config.decoderHeads();
        this.selfAttention = new Attention(weights, prefix + ".self_attn", heads, config.dModel());
        this.selfAttentionNorm = Norm.from(weights, prefix + ".self_attn_layer_norm");
        this.sourceAttention = new Attention(weights, prefix + ".encoder_attn", heads, config.dModel());
        this.sourceAttentionNorm = Norm.from(weights, prefix + ".encoder_attn_layer_norm");
        this.expand = Dense.from(weights, prefix + ".fc1");
        this.contract = Dense.from(weights, prefix + ".fc2");
        this.feedForwardNorm = Norm.from(weights, prefix + ".final_layer_norm");
        this.activation = activation;
        this.preNorm = config.architecture().preNorm();
    }

    /**
     * This layer's weights as the whole-step kernel reads them (decision 0032), or 0 when one of
     * its products is not a packed bfloat16 matrix or its activation is not applied inside products.
     */
    long kernelPlan() {
        if (!activation.insideProducts()) {
            return 0;
        }
        Dense[] self = selfAttention.projections();
        Dense[] source = sourceAttention.projections();
        Dense[] products = {self[0], self[1], self[2], self[3], source[0], source[3], expand, contract};
        long[] matrices = new long[products.length];
        ByteBuffer[] vectors = new ByteBuffer[products.length + 6];
        for (int i = 0; i < products.length; i++) {
            if (products[i].rounded() == null || products[i].bias() == null) {
                return 0;
            }
            matrices[i] = products[i].rounded().address();
            vectors[i] = products[i].bias().toByteBuffer(true);
        }
        Norm[] norms = {selfAttentionNorm, sourceAttentionNorm, feedForwardNorm};
        for (int i = 0; i < norms.length; i++) {
            vectors[products.length + 2 * i] = norms[i].gamma().toByteBuffer(true);
            vectors[products.length + 2 * i + 1] = norms[i].beta().toByteBuffer(true);
        }
        return StepKernels.layerPlan(matrices, vectors, preNorm ? 1 : 0, activation.productCode(),
                (int) expand.weight().getShape().get(1), feedForwardWidth());
    }

    /** The feed-forward's inner width. */
    int feedForwardWidth() {
        return (int) expand.weight().getShape().get(0);
    }

    /** Source keys/values are computed once per sentence and reused at every step. */
    NDArray sourceKeys(NDArray encoded) {
        return sourceAttention.keys(encoded);
    }

    NDArray sourceValues(NDArray encoded) {
        return sourceAttention.values(encoded);
    }

    /** Source keys as the step kernels read them: (B, H, d/H, S) in memory, one copy per sentence. */
    NDArray sourceKeysByHead(NDArray encoded) {
        return sourceAttention.keysByHead(encoded);
    }

    NDArray sourceValuesByHead(NDArray encoded) {
        return sourceAttention.valuesByHead(encoded);
    }

    /**
     * Runs one step, one new token per row, with the step kernels (decision 0031).
     *
     * @param position the new token's position, written into {@code cache}
     * @param sourceMask (sentences, S); row {@code r} reads sentence {@code sentenceOf[r]} of the source
     */
    NDArray stepWithKernels(NDArray hidden, KernelCache cache, PositionOrigins origins, int position,
            NDArray sourceKeys, NDArray sourceValues, NDArray sourceMask, int[] sentenceOf) {
        // Each residual sum and the normalisation that follows it are one kernel (Norm.addThenApply):
        // post-norm layers keep the normalised sum, pre-norm ones the sum and the next sublayer's input.
        NDArray in = preNorm ? selfAttentionNorm.apply(hidden) : hidden;
        NDArray selfAttended = selfAttention.attendCached(in, cache, origins, position);
        Norm.Sum afterSelf = (preNorm ? sourceAttentionNorm : selfAttentionNorm).addThenApply(hidden, selfAttended,
                preNorm);
        NDArray x = preNorm ? afterSelf.sum() : afterSelf.normed();
        NDArray sourceAttended = sourceAttention.attendSource(afterSelf.normed(), sourceKeys, sourceValues, sourceMask,
                sentenceOf);
        Norm.Sum afterSource = (preNorm ? feedForwardNorm : sourceAttentionNorm).addThenApply(x, sourceAttended,
                preNorm);
        x = preNorm ? afterSource.sum() : afterSource.normed();
        NDArray fed = contract.apply(expand.applyThen(activation, afterSource.normed()));
        return preNorm ? x.add(fed) : feedForwardNorm.addThenApply(x, fed, false).normed();
    }

    /**
     * Runs one step for one new token per row.
     *
     * @param cache this layer's self-attention keys and values; the new token's are added to it
     */
    NDArray step(NDArray hidden, SelfAttentionCache cache, NDArray sourceKeys, NDArray sourceValues,
            NDArray sourceMask) {
        NDArray x = hidden;
        NDArray in = preNorm ? selfAttentionNorm.apply(x) : x;
        NDArray[] cached = cache.append(selfAttention.keys(in), selfAttention.values(in), hidden.getManager());
        // One query per row attends to every earlier token, so no causal mask is needed.
        x = afterSelfAttention(x.add(selfAttention.attend(in, cached[0], cached[1], null)));
        NDArray attended = sourceAttention.attend(sourceInput(x), sourceKeys, sourceValues, sourceMask);
        return feedForward(x, attended);
    }

    /**
     * Runs a whole known output at once (scoring, not generation): every position attends to itself
     * and the positions before it, through {@code causalMask}.
     *
     * @return the layer's output and its head-averaged attention over the source, (B, T, source)
     */
    Attention.Attended whole(NDArray hidden, NDArray causalMask, NDArray sourceKeys, NDArray sourceValues,
            NDArray sourceMask) {
        NDArray in = preNorm ? selfAttentionNorm.apply(hidden) : hidden;
        NDArray x = afterSelfAttention(hidden.add(selfAttention.attend(in, selfAttention.keys(in),
                selfAttention.values(in), causalMask)));
        Attention.Attended attended = sourceAttention.attendShowingWeights(sourceInput(x), sourceKeys, sourceValues,
                sourceMask);
        return new Attention.Attended(feedForward(x, attended.output()), attended.weights());
    }

    private NDArray afterSelfAttention(NDArray x) {
        return preNorm ? x : selfAttentionNorm.apply(x);
    }

    private NDArray sourceInput(NDArray x) {
        return preNorm ? sourceAttentionNorm.apply(x) : x;
    }

    private NDArray feedForward(NDArray beforeSource, NDArray attended) {
        NDArray x = beforeSource.add(attended);
        if (!preNorm) {
            x = sourceAttentionNorm.apply(x);
        }
        NDArray in = preNorm ? feedForwardNorm.apply(x) : x;
        x = x.add(contract.apply(expand.applyThen(activation, in)));
        return preNorm ? x : feedForwardNorm.apply(x);
    }
}
