package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.natives.StepKernels;

/**
 * Every decoder layer of a decoding step in one native call and one OpenMP team (decision 0032),
 * where the layer-by-layer path made about 68 calls a step and the team's other threads waited
 * while the calling thread ran the Java between them. It runs the same kernels and products in the
 * same order, so the logits are the layer-by-layer path's; it needs every decoder product in
 * bfloat16 on PyTorch's micro-kernel and an activation the products apply themselves.
 */
final class DecoderStepKernel implements AutoCloseable {
    /** Set {@link StepKernels#SWITCH} to this to run the step kernels one layer operation at a time. */
    static final String BY_OPERATION = "by-operation";

    private final long[] plans;
    private final Norm finalNorm;
    private final int width;
    private final int heads;
    private final int hidden;
    private final float scale;
    private boolean closed;

    private DecoderStepKernel(long[] plans, Norm finalNorm, int width, int heads, int hidden) {
        this.plans = plans;
        this.finalNorm = finalNorm;
        this.width = width;
        this.heads = heads;
        this.hidden = hidden;
        this.scale = (float) Math.pow((double) width / heads, -0.5);
    }

    /**
     * The whole-step kernel for these layers, or empty where it cannot run (no step kernels, weights
     * not packed bfloat16, GELU, or switched to {@link #BY_OPERATION}).
     *
     * @param finalNorm the decoder's last layer norm (pre-norm models), else null
     */
    static Optional<DecoderStepKernel> of(List<DecoderLayer> layers, Norm finalNorm, ModelConfig config) {
        if (!StepKernels.available() || BY_OPERATION.equalsIgnoreCase(System.getProperty(StepKernels.SWITCH, ""))
                || Bf16Products.unavailable().isPresent() || layers.isEmpty()) {
            return Optional.empty();
        }
        long calls = Bf16Products.teamCalls();
        if (calls == 0 || StepKernels.useProducts(calls) != 1) {
            return Optional.empty();
        }
        long[] plans = new long[layers.size()];
        for (int i = 0; i < plans.length; i++) {
            plans[i] = layers.get(i).kernelPlan();
            if (plans[i] == 0) {
                for (int j = 0; j < i; j++) {
                    StepKernels.releasePlan(plans[j]);
                }
                return Optional.empty();
            }
        }
        return Optional.of(new DecoderStepKernel(plans, finalNorm, config.dModel(), config.decoderHeads(),
                layers.get(0).feedForwardWidth()));
    }

    /**
     * Runs every layer for one new token per row: {@code embedded} (rows, 1, width) in, the decoder's
     * output (rows, 1, width) out, in {@code embedded}'s manager. Each layer's cache gets the row's
     * keys and values at {@code position}.
     */
    NDArray step(NDArray embedded, DecoderState state, int position) {
        int rows = state.rows();
        int layers = plans.length;
        ByteBuffer[] cacheKeys = new ByteBuffer[layers];
        ByteBuffer[] cacheValues = new ByteBuffer[layers];
        ByteBuffer[] sourceKeys = new ByteBuffer[layers];
        ByteBuffer[] sourceValues = new ByteBuffer[layers];
        for (int i = 0; i < layers; i++) {
            KernelCache cache = state.kernelCache(i);
            cache.makeRoom(rows, width, position);
            cacheKeys[i] = cache.keys();
            cacheValues[i] = cache.values();
            sourceKeys[i] = state.sourceKeys(i).toByteBuffer(true);
            sourceValues[i] = state.sourceValues(i).toByteBuffer(true);
        }
        NDArray out = embedded.getManager().create(embedded.getShape(), DataType.FLOAT32);
        NDArray mask = state.sourceMask();
        int status = StepKernels.decoderStep(plans, embedded.toByteBuffer(true),
                finalNorm == null ? null : finalNorm.gamma().toByteBuffer(true),
                finalNorm == null ? null : finalNorm.beta().toByteBuffer(true), out.toByteBuffer(true), cacheKeys,
                cacheValues, state.kernelCache(0).capacity(), state.origins().table(), state.origins().stride(),
                position, sourceKeys, sourceValues, mask.toByteBuffer(true), state.sentenceOf(),
                (int) mask.getShape().get(1), rows, width, heads, hidden, scale);
        if (status != 0) {
            throw new IllegalStateException(status == -2 ? "A decoding step ran out of memory."
                    : "The decoding step kernel refused its arguments (status " + status + ").");
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            for (long plan : plans) {
                StepKernels.releasePlan(plan);
            }
        }
    }
}
