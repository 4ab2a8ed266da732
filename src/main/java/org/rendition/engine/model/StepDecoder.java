package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * The decoder's layers run for one new token per row, in the way the state and the machine allow:
 * every layer in one native call (decision 0032), the step kernels one layer operation at a time
 * (decision 0031), or PyTorch's operations alone.
 */
final class StepDecoder implements AutoCloseable {
    private final List<DecoderLayer> layers;
    private final Norm finalNorm;
    /** Null where the whole-step kernel cannot run (float32, GELU, no packed products). */
    private final DecoderStepKernel wholeStep;

    /**
     * @param finalNorm the decoder's last layer norm (pre-norm models), else null
     * @param wholeStepWanted whether to prepare the whole-step kernel (bfloat16 products only)
     */
    StepDecoder(List<DecoderLayer> layers, Norm finalNorm, ModelConfig config, boolean wholeStepWanted) {
        this.layers = layers;
        this.finalNorm = finalNorm;
        this.wholeStep = wholeStepWanted ? DecoderStepKernel.of(layers, finalNorm, config).orElse(null) : null;
    }

    boolean hasWholeStep() {
        return wholeStep != null;
    }

    /**
     * The decoder's output for {@code embedded} (rows, 1, d), normalised where the model ends with a
     * norm; every layer's cache gets the rows' keys and values at the state's next position.
     *
     * @param whole whether the whole-step kernel may run (false to compare it with the others)
     */
    NDArray run(NDArray embedded, DecoderState state, boolean whole) {
        NDArray x = embedded;
        if (state.withKernels()) {
            int position = state.length();
            state.origins().add(position);
            if (whole && wholeStep != null) {
                return wholeStep.step(x, state, position);
            }
            for (int i = 0; i < layers.size(); i++) {
                x = layers.get(i).stepWithKernels(x, state.kernelCache(i), state.origins(), position,
                        state.sourceKeys(i), state.sourceValues(i), state.sourceMask(), state.sentenceOf());
            }
        } else {
            for (int i = 0; i < layers.size(); i++) {
                x = layers.get(i).step(x, state.selfAttention(i), state.sourceKeys(i), state.sourceValues(i),
                        state.sourceMask());
            }
        }
        return finalNorm != null ? finalNorm.apply(x) : x;
    }

    @Override
    public void close() {
        if (wholeStep != null) {
            wholeStep.close();
        }
    }
}
