package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import org.rendition.engine.natives.StepKernels;

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

    /** The query, key, value and output projections, in that order. */
    Dense[] projections() {
        return new Dense[] {query, key, value, output};
    }

    /** Projects hidden states to keys, split into heads: (B, H, T, d/H). */
    NDArray keys(NDArray hidden) {
        return splitHeads(key.apply(hidden));
    }

    /** Projects hidden states to values, split into heads: (B, H, T, d/H). */
    NDArray values(NDArray hidden) {
        return splitHeads(value.apply(hidden));
    }

    /** Keys as the step kernels read them: (B, H, d/H, T), positions side by side, in memory. */
    NDArray keysByHead(NDArray hidden) {
        return keysLaidOut(key.apply(hidden));
    }

    /** Values as the step kernels read them: (B, H, T, d/H) in memory, not a view. */
    NDArray valuesByHead(NDArray hidden) {
        return valuesLaidOut(value.apply(hidden));
    }

    /** Projected keys (B, T, d) as the step kernels read them: (B, H, d/H, T) in memory. */
    private NDArray keysLaidOut(NDArray projected) {
        return inMemoryOrder(splitHeads(projected).transpose(0, 1, 3, 2));
    }

    /** Projected values (B, T, d) as the step kernels read them: (B, H, T, d/H) in memory. */
    private NDArray valuesLaidOut(NDArray projected) {
        return inMemoryOrder(splitHeads(projected));
    }

    /** A copy laid out in memory in the order of its shape (reshaping a transposed view copies it). */
    private static NDArray inMemoryOrder(NDArray view) {
        return view.reshape(-1).reshape(view.getShape());
    }

    /**
     * One step's self-attention through the step kernels: each row's keys and values for
     * {@code position} go into {@code cache}, then its query (rows, 1, d) attends over every
     * position up to it, found through {@code origins}.
     */
    NDArray attendCached(NDArray hidden, KernelCache cache, PositionOrigins origins, int position) {
        NDArray[] projected = queriesKeysValues(hidden);
        NDArray queries = projected[0];
        NDArray stepKeys = projected[1];
        NDArray stepValues = projected[2];
        Shape shape = hidden.getShape();
        cache.makeRoom((int) shape.get(0), (int) shape.get(2), position);
        return combined(hidden, (context, rows, width) -> StepKernels.attendCached(queries.toByteBuffer(true),
                stepKeys.toByteBuffer(true), stepValues.toByteBuffer(true), cache.keys(), cache.values(),
                origins.table(), origins.stride(), rows, position + 1, cache.capacity(), width, heads, scaling,
                context));
    }

    /**
     * One step's attention over the source through the step kernels: row {@code r} of {@code hidden}
     * (rows, 1, d) attends over sentence {@code sentenceOf[r]} of {@code keys} (sentences, H, d/H, S)
     * and {@code values} (sentences, H, S, d/H), with {@code mask} (sentences, S) added to its scores.
     */
    NDArray attendSource(NDArray hidden, NDArray keys, NDArray values, NDArray mask, int[] sentenceOf) {
        NDArray queries = query.apply(hidden);
        int length = (int) keys.getShape().get(3);
        return combined(hidden, (context, rows, width) -> StepKernels.attendSource(queries.toByteBuffer(true),
                keys.toByteBuffer(true), values.toByteBuffer(true), mask.toByteBuffer(true), sentenceOf, rows, length,
                width, heads, scaling, context));
    }

    /**
     * Self-attention of every token of (B, S, d) over the tokens of its own sentence through the
     * step kernels, {@code mask} (B, S) added to the scores; {@code sentenceOf} gives each of the
     * B × S tokens its sentence.
     */
    NDArray attendWithin(NDArray hidden, NDArray mask, int[] sentenceOf) {
        NDArray[] projected = queriesKeysValues(hidden);
        NDArray queries = projected[0];
        NDArray keys = keysLaidOut(projected[1]);
        NDArray values = valuesLaidOut(projected[2]);
        int length = (int) hidden.getShape().get(1);
        return combined(hidden, (context, rows, width) -> StepKernels.attendSource(queries.toByteBuffer(true),
                keys.toByteBuffer(true), values.toByteBuffer(true), mask.toByteBuffer(true), sentenceOf, rows, length,
                width, heads, scaling, context));
    }

    /**
     * The query, key and value projections of the same hidden states: at bfloat16 one product of
     * the three weights (the input rounded once, one team), else three.
     */
    private NDArray[] queriesKeysValues(NDArray hidden) {
        if (query.rounded() != null && key.rounded() != null && value.rounded() != null) {
            return Bf16Products.linearAll(hidden, new Bf16Products.Matrix[] {query.rounded(), key.rounded(),
                value.rounded()}, new NDArray[] {query.bias(), key.bias(), value.bias()});
        }
        return new NDArray[] {query.apply(hidden), key.apply(hidden), value.apply(hidden)};
    }

    /** A kernel call that writes the heads' combined context, (rows × width), into {@code context}. */
    private interface ContextKernel {
        int run(ByteBuffer context, int rows, int width);
    }

    private NDArray combined(NDArray hidden, ContextKernel kernel) {
        NDArray context = hidden.getManager().create(hidden.getShape(), DataType.FLOAT32);
        Shape shape = hidden.getShape();
        int width = (int) shape.get(shape.dimension() - 1);
        int rows = (int) (shape.size() / width);
        if (kernel.run(context.toByteBuffer(true), rows, width) != 0) {
            throw new IllegalStateException("The attention kernel failed: a buffer was not direct or memory ran out.");
        }
        return output.apply(context);
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
