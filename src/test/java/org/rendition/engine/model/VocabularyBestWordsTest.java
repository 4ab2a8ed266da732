package org.rendition.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rendition.SharedData;
import org.rendition.engine.natives.StepKernels;

/**
 * The best words the vocabulary product finds block by block, without writing logits, are those the
 * one-pass search finds in the logits: the same columns, best first, blocked words skipped, and the
 * same log-probabilities but for float32 rounding (the normaliser is summed in another order).
 */
class VocabularyBestWordsTest {
    private static final int BEST = 9;

    /** Both tiny checkpoints have their real vocabularies: a thousand blocks and more, the last one partial. */
    @ParameterizedTest
    @CsvSource({"tiny-marian-zh-en, 1", "tiny-marian-zh-en, 2", "tiny-nllb, 2"})
    void productFindsTheBestWordsOfItsLogits(String checkpoint, int threads) throws IOException {
        Path folder = SharedData.model(checkpoint);
        ModelConfig config = ModelConfig.read(folder.resolve("config.json"));
        StepComparison.onThreads(threads, () -> {
            try (Seq2SeqModel model = Seq2SeqModel.load(folder, config, Precision.BF16);
                    NDManager run = model.newRunManager()) {
                assumeTrue(model.hasStepKernel(), "no whole-step kernel here (it needs packed bfloat16 products)");
                try (DecoderState state = model.startDecoding(run, model.encode(run, StepComparison.PADDED_SOURCES),
                        StepComparison.BEAMS, OutputWords.all(config.vocabSize()), true)) {
                    Random random = new Random(4);
                    for (int step = 0; step < 6; step++) {
                        long[] tokens = new long[state.rows()];
                        for (int r = 0; r < tokens.length; r++) {
                            tokens[r] = 1 + random.nextInt(200);
                        }
                        try (NDManager scratch = run.newSubManager()) {
                            NDArray hidden = model.decodeStep(state, tokens, scratch);
                            NDArray logits = model.logits(state, hidden);
                            // Block each row's best word at one step: it must be skipped, yet counted.
                            int[] blocked = step == 3 ? new int[] {(int) logits.get(0).argMax().getLong()} : new int[0];
                            assertSameBestWords(model, state, hidden, logits, blocked);
                        }
                    }
                }
            }
        });
    }

    private static void assertSameBestWords(Seq2SeqModel model, DecoderState state, NDArray hidden, NDArray logits,
            int[] blocked) {
        int rows = state.rows();
        int words = (int) logits.getShape().get(1);
        float[] expected = new float[rows * BEST];
        int[] expectedColumns = new int[rows * BEST];
        assertEquals(0, StepKernels.rowBest(logits.toByteBuffer(true), rows, words, blocked, BEST, expected,
                expectedColumns));
        Seq2SeqModel.RowWords found = model.bestWords(state, hidden, blocked, BEST).orElseThrow();
        assertArrayEquals(expectedColumns, found.columns());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], found.logProbs()[i], 1e-5f * Math.max(1f, Math.abs(expected[i])), "word " + i);
        }
        for (int column : blocked) {
            for (int c : found.columns()) {
                assertTrue(c != column, "blocked column " + column + " chosen");
            }
        }
    }
}
