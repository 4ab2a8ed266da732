package org.rendition.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.rendition.engine.natives.StepKernels;

/**
 * Decoding steps through the step kernels give the logits that PyTorch's operations give, to
 * float32 rounding (1e-4 of the step's largest logit), through the cache growing past its first capacity, beams reordered, and
 * sentences dropped from a padded batch, on one thread or shared between two.
 */
class StepKernelsEquivalenceTest {
    @ParameterizedTest
    @CsvSource({"tiny-marian-zh-en, 1", "tiny-marian-zh-en, 2", "tiny-nllb, 1", "tiny-nllb, 2"})
    void kernelStepsGiveTheLogitsOfPyTorchSteps(String checkpoint, int threads) throws IOException {
        assumeTrue(StepKernels.available(), () -> "no step kernels here: " + StepKernels.unavailable().orElse(""));
        // With two threads the kernels share the rows between them, sentences whole.
        StepComparison.onThreads(threads, () -> assertSameLogits(SharedData.model(checkpoint),
                StepComparison.PADDED_SOURCES, 200));
    }

    /**
     * Heads 64 wide, as Marian's and NLLB's are, take the vectorised kernels (the tiny checkpoints'
     * narrow heads take the portable ones); a source longer than 16 positions fills whole vectors.
     */
    @Test
    void headsOf64TakeTheVectorKernelsAndGiveTheLogitsOfPyTorch(@TempDir Path temp) throws IOException {
        assumeTrue(StepKernels.available(), () -> "no step kernels here: " + StepKernels.unavailable().orElse(""));
        assertSameLogits(TinyCheckpoint.write(temp.resolve("wide"), 41, 60, 128, 2), StepComparison.sourcesWithALongOne(),
                30);
    }

    private static void assertSameLogits(Path folder, List<int[]> sources, int tokenRange) throws IOException {
        ModelConfig config = ModelConfig.read(folder.resolve("config.json"));
        try (Seq2SeqModel model = Seq2SeqModel.load(folder, config);
                NDManager run = model.newRunManager();
                DecoderState kernels = model.startDecoding(run, model.encode(run, sources), StepComparison.BEAMS,
                        OutputWords.all(config.vocabSize()), true);
                DecoderState pytorch = model.startDecoding(run, model.encode(run, sources), StepComparison.BEAMS,
                        OutputWords.all(config.vocabSize()), false)) {
            // To the step's scale: rounding differences near a tie of two attention scores move a
            // logit by up to about 5e-5 of the largest (random weights, 64-wide heads).
            StepComparison.assertSameLogits(run, pytorch, model::step, kernels, model::step, tokenRange, 1e-4f);
        }
    }

    /** The encoder's attention and normalisations through the kernels give PyTorch's hidden states. */
    @ParameterizedTest
    @CsvSource({"tiny-marian-zh-en", "tiny-nllb"})
    void kernelEncoderGivesTheHiddenStatesOfPyTorch(String checkpoint) throws IOException {
        assumeTrue(StepKernels.available(), () -> "no step kernels here: " + StepKernels.unavailable().orElse(""));
        Path folder = SharedData.model(checkpoint);
        ModelConfig config = ModelConfig.read(folder.resolve("config.json"));
        List<int[]> sources = List.of(new int[] {120, 45, 3001, 77, 9, 2}, new int[] {300, 2});
        try (Seq2SeqModel model = Seq2SeqModel.load(folder, config);
                NDManager run = model.newRunManager()) {
            float[] expected = model.encode(run, sources, false).hidden().toFloatArray();
            float[] actual = model.encode(run, sources, true).hidden().toFloatArray();
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-4f * Math.max(1f, Math.abs(expected[i])), "value " + i);
            }
        }
    }
}
