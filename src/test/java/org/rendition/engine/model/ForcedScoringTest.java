package org.rendition.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rendition.SharedData;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.decode.Generator;

/** The one-pass scoring of a known output gives what step-by-step decoding computes for it. */
class ForcedScoringTest {
    @ParameterizedTest
    @ValueSource(strings = {"tiny-marian-zh-en", "tiny-nllb"})
    void forcedPassMatchesIncrementalDecodingOfTheModelsOwnOutput(String checkpoint) throws IOException {
        Path folder = SharedData.model(checkpoint);
        ModelConfig config = ModelConfig.read(folder.resolve("config.json"));
        GenerationSettings settings = GenerationSettings.read(folder);
        try (Seq2SeqModel model = Seq2SeqModel.load(folder, config)) {
            // Ids the model knows, ending with end-of-sentence (and, for NLLB, after rus_Cyrl).
            int[] source = config.architecture() == Architecture.MARIAN
                    ? new int[] {120, 45, 3001, 77, 9, 0} : new int[] {4147, 267, 1414, 1359, 2};
            int[] output = Generator.generate(model, List.of(source), settings.withBeams(1), CancelSignal.NEVER).get(0);
            int[] fed = Arrays.copyOf(output, output.length - 1);
            int[] expected = Arrays.copyOfRange(output, 1, output.length);
            // A shorter second pair in the batch puts padding beside the first.
            ForcedScores forced = model.score(List.of(source, source), List.of(fed, Arrays.copyOf(fed, 2)),
                    List.of(expected, Arrays.copyOf(expected, 2))).get(0);
            float[] stepwise = stepwise(model, source, fed, expected);
            for (int t = 0; t < expected.length; t++) {
                assertEquals(stepwise[t], forced.logProbs()[t], 1e-3, "position " + t);
                float rowSum = 0;
                for (float weight : forced.sourceAttention()[t]) {
                    rowSum += weight;
                }
                assertEquals(1f, rowSum, 1e-3, "attention of position " + t + " sums to one");
            }
        }
    }

    private static float[] stepwise(Seq2SeqModel model, int[] source, int[] fed, int[] expected) {
        float[] logProbs = new float[fed.length];
        try (NDManager run = model.newRunManager();
                DecoderState state = model.startDecoding(run, model.encode(run, List.of(source)), 1)) {
            for (int t = 0; t < fed.length; t++) {
                try (NDManager scratch = run.newSubManager()) {
                    logProbs[t] = model.step(state, new long[] {fed[t]}, scratch).logSoftmax(1)
                            .getFloat(0, expected[t]);
                }
            }
        }
        return logProbs;
    }
}
