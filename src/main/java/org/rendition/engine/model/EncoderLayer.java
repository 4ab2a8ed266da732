package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;

/** One encoder block: self-attention then feed-forward, each with a residual and layer norm. */
final class EncoderLayer {
    private final Attention selfAttention;
    private final Norm selfAttentionNorm;
    private final Dense expand;
    private final Dense contract;
    private final Norm feedForwardNorm;
    private final Activation activation;
    private final boolean preNorm;

    EncoderLayer(Weights weights, String prefix, ModelConfig config, Activation activation) {
        this.selfAttention = new Attention(weights, prefix + ".self_attn", config.encoderHeads(), config.dModel());
        this.selfAttentionNorm = Norm.from(weights, prefix + ".self_attn_layer_norm");
        this.expand = Dense.from(weights, prefix + ".fc1");
        this.contract = Dense.from(weights, prefix + ".fc2");
        this.feedForwardNorm = Norm.from(weights, prefix + ".final_layer_norm");
        this.activation = activation;
        this.preNorm = config.architecture().preNorm();
    }

    NDArray forward(NDArray hidden, NDArray maskBias) {
        NDArray x = hidden;
        NDArray in = preNorm ? selfAttentionNorm.apply(x) : x;
        x = x.add(selfAttention.attend(in, selfAttention.keys(in), selfAttention.values(in), maskBias));
        if (!preNorm) {
            x = selfAttentionNorm.apply(x);
        }
        in = preNorm ? feedForwardNorm.apply(x) : x;
        x = x.add(contract.apply(expand.applyThen(activation, in)));
        return preNorm ? x : feedForwardNorm.apply(x);
    }

    /**
     * The same with the step kernels (decision 0031): attention over each sentence's own tokens,
     * and each residual sum with the normalisation after it, on every thread.
     *
     * @param hidden (B, S, d)
     * @param mask (B, S): 0, or a huge negative number at padding
     * @param sentenceOf for each of the B × S tokens, its sentence
     */
    NDArray forwardWithKernels(NDArray hidden, NDArray mask, int[] sentenceOf) {
        NDArray in = preNorm ? selfAttentionNorm.apply(hidden) : hidden;
        NDArray attended = selfAttention.attendWithin(in, mask, sentenceOf);
        Norm.Sum afterAttention = (preNorm ? feedForwardNorm : selfAttentionNorm).addThenApply(hidden, attended,
                preNorm);
        NDArray x = preNorm ? afterAttention.sum() : afterAttention.normed();
        NDArray fed = contract.apply(expand.applyThen(activation, afterAttention.normed()));
        return preNorm ? x.add(fed) : feedForwardNorm.addThenApply(x, fed, false).normed();
    }
}
