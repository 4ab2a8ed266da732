package org.rendition.engine.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.engine.TinyCheckpoint;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.OutputWords;
import org.rendition.engine.model.Seq2SeqModel;

/** Greedy and beam search on a random-weight model the test writes itself. */
class DecodingEdgeCasesTest {
    private static final int MAX_LENGTH = 12;
    private static final List<int[]> SOURCES = List.of(
            new int[] {5, 9, 13, 0},
            new int[] {7, 3, 22, 31, 18, 4, 11, 0},
            new int[] {2, 0},
            new int[] {30, 21, 8, 16, 25, 0});

    @TempDir
    static Path folder;
    private static Seq2SeqModel model;
    private static GenerationSettings settings;

    @BeforeAll
    static void writeModel() throws IOException {
        Path checkpoint = TinyCheckpoint.write(folder.resolve("tiny"), 7, MAX_LENGTH);
        model = Seq2SeqModel.load(checkpoint, ModelConfig.read(checkpoint.resolve("config.json")));
        settings = GenerationSettings.read(checkpoint);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    private static List<int[]> run(GenerationSettings s, List<int[]> sources) {
        return Generator.generate(model, sources, s, CancelSignal.NEVER);
    }

    @Test
    void beamSearchWithOneBeamChoosesWhatGreedyChooses() {
        for (int[] source : SOURCES) {
            int[] greedy = new GreedySearch(model, settings.withBeams(1), OutputWords.all(TinyCheckpoint.VOCAB)).generate(List.of(source), CancelSignal.NEVER)
                    .get(0);
            int[] beam = new BeamSearch(model, settings.withBeams(1), OutputWords.all(TinyCheckpoint.VOCAB)).generate(List.of(source), CancelSignal.NEVER)
                    .get(0);
            assertArrayEquals(greedy, beam);
        }
    }

    @Test
    void batchedGreedyOutputsEqualOneSentenceAtATime() {
        assertBatchMatchesSingles(settings.withBeams(1));
    }

    @Test
    void batchedBeamOutputsEqualOneSentenceAtATime() {
        assertBatchMatchesSingles(settings.withBeams(4));
    }

    private static void assertBatchMatchesSingles(GenerationSettings s) {
        List<int[]> batched = run(s, SOURCES);
        for (int i = 0; i < SOURCES.size(); i++) {
            assertArrayEquals(run(s, List.of(SOURCES.get(i))).get(0), batched.get(i), "sentence " + i);
        }
    }

    @Test
    void outputsStartWithTheDecoderStartTokenAndNeverExceedMaxLength() {
        for (int beams : new int[] {1, 3, 4}) {
            for (int[] output : run(settings.withBeams(beams), SOURCES)) {
                assertEquals(TinyCheckpoint.PAD, output[0]);
                assertTrue(output.length <= MAX_LENGTH, "length " + output.length);
            }
        }
    }

    @Test
    void forcedEndOfSentenceClosesEveryOutputThatReachesMaxLength() {
        GenerationSettings forced = withForcedEos(settings);
        for (int beams : new int[] {1, 4}) {
            for (int[] output : run(forced.withBeams(beams), SOURCES)) {
                assertEquals(TinyCheckpoint.EOS, output[output.length - 1]);
            }
        }
    }

    @Test
    void bannedTokenIsNeverGenerated() {
        int favourite = run(settings.withBeams(1), SOURCES).get(1)[1];
        GenerationSettings banning = new GenerationSettings(1, MAX_LENGTH, 0, 1f, EarlyStopping.FALSE,
                List.of(favourite, TinyCheckpoint.PAD), OptionalInt.empty(), OptionalInt.empty(),
                TinyCheckpoint.EOS, TinyCheckpoint.PAD, TinyCheckpoint.PAD);
        for (int beams : new int[] {1, 4}) {
            for (int[] output : run(banning.withBeams(beams), SOURCES)) {
                for (int i = 1; i < output.length; i++) {
                    assertFalse(output[i] == favourite || output[i] == TinyCheckpoint.PAD, "token " + output[i]);
                }
            }
        }
    }

    @Test
    void forcedFirstTokenLeadsEveryOutput() {
        for (int beams : new int[] {1, 4}) {
            for (int[] output : run(settings.withForcedBos(17).withBeams(beams), SOURCES)) {
                assertEquals(17, output[1]);
            }
        }
    }

    @Test
    void noEndOfSentenceIsGeneratedBeforeMinimumLength() {
        GenerationSettings minimum = new GenerationSettings(1, MAX_LENGTH, 8, 1f, EarlyStopping.FALSE, List.of(),
                OptionalInt.empty(), OptionalInt.empty(), TinyCheckpoint.EOS, TinyCheckpoint.PAD, TinyCheckpoint.PAD);
        for (int beams : new int[] {1, 4}) {
            for (int[] output : run(minimum.withBeams(beams), SOURCES)) {
                for (int i = 1; i < Math.min(8, output.length); i++) {
                    assertFalse(output[i] == TinyCheckpoint.EOS && i < 7, "end of sentence at " + i);
                }
            }
        }
    }

    @Test
    void everyEarlyStoppingRuleTerminatesWithinMaxLength() {
        for (EarlyStopping rule : EarlyStopping.values()) {
            GenerationSettings s = new GenerationSettings(4, MAX_LENGTH, 0, 1.5f, rule, List.of(), OptionalInt.empty(),
                    OptionalInt.empty(), TinyCheckpoint.EOS, TinyCheckpoint.PAD, TinyCheckpoint.PAD);
            assertEquals(SOURCES.size(), run(s, SOURCES).size());
        }
    }

    @Test
    void moreBeamsThanTheFirstStepHasCandidatesStillDecodes() {
        List<int[]> outputs = run(settings.withBeams(TinyCheckpoint.VOCAB / 2), List.of(SOURCES.get(2)));
        assertTrue(outputs.get(0).length >= 2);
    }

    @Test
    void cancellingStopsDecodingBetweenSteps() {
        AtomicInteger checks = new AtomicInteger();
        CancelSignal afterTwoSteps = () -> checks.incrementAndGet() > 2;
        assertThrows(CancellationException.class,
                () -> Generator.generate(model, SOURCES, settings.withBeams(4), afterTwoSteps));
        assertEquals(3, checks.get());
    }

    @Test
    void decodingTheSameInputTwiceGivesTheSameOutput() {
        List<int[]> first = run(settings, new ArrayList<>(SOURCES));
        List<int[]> second = run(settings, new ArrayList<>(SOURCES));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
    }

    private static GenerationSettings withForcedEos(GenerationSettings s) {
        return new GenerationSettings(s.numBeams(), s.maxLength(), s.minLength(), s.lengthPenalty(),
                s.earlyStopping(), s.badWordIds(), s.forcedBosId(), OptionalInt.of(TinyCheckpoint.EOS), s.eosId(),
                s.padId(), s.decoderStartId());
    }
}
