package org.rendition.engine.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rendition.SharedData;
import org.rendition.engine.TinyCheckpoint;

/**
 * A decoding step with every layer in one native call gives the logits of the step kernels run one
 * layer operation at a time (the same kernels and products in the same order; pre-norm's first and
 * last norms differ from PyTorch's in the last bits), through beam reorders, a dropped sentence and
 * the cache growing, on one thread or shared between two, post-norm (Marian) and pre-norm (NLLB).
 */
class DecoderStepKernelTest {
    @ParameterizedTest
    @CsvSource({"tiny-marian-zh-en, 1", "tiny-marian-zh-en, 2", "tiny-nllb, 1", "tiny-nllb, 2"})
    void wholeStepGivesTheLogitsOfTheStepByOperation(String checkpoint, int threads) throws IOException {
        StepComparison.onThreads(threads, () -> assertSameLogits(SharedData.model(checkpoint),
                StepComparison.PADDED_SOURCES, 200));
    }

    /** Heads 64 wide take the vectorised attention inside the whole step too. */
    @Test
    void wholeStepWithHeadsOf64GivesTheLogitsOfTheStepByOperation(@TempDir Path temp) throws IOException {
        assertSameLogits(TinyCheckpoint.write(temp.resolve("wide"), 41, 60, 128, 2), StepComparison.sourcesWithALongOne(),
                30);
    }

    private static void assertSameLogits(Path folder, List<int[]> sources, int tokenRange) throws IOException {
        ModelConfig config = ModelConfig.read(folder.resolve("config.json"));
        try (Seq2SeqModel model = Seq2SeqModel.load(folder, config, Precision.BF16);
                NDManager run = model.newRunManager()) {
            assumeTrue(model.hasStepKernel(), "no whole-step kernel here (it needs packed bfloat16 products)");
            try (DecoderState byOperation = model.startDecoding(run, model.encode(run, sources), StepComparison.BEAMS,
                    OutputWords.all(config.vocabSize()), true);
                    DecoderState whole = model.startDecoding(run, model.encode(run, sources), StepComparison.BEAMS,
                            OutputWords.all(config.vocabSize()), true)) {
                StepComparison.assertSameLogits(run, byOperation, (state, tokens, scratch) -> model.step(state, tokens,
                        scratch, false), whole, (state, tokens, scratch) -> model.step(state, tokens, scratch, true),
                        tokenRange, 1e-5f);
            }
        }
    }
}
