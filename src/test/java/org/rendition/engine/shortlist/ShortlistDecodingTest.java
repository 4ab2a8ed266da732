package org.rendition.engine.shortlist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.decode.Generator;
import org.rendition.engine.model.OutputWords;

/** Decoding restricted to a shortlist's words, on the tiny reference checkpoints. */
class ShortlistDecodingTest {
    private static final int BATCH = 16;

    /**
     * Every id as a candidate: the run still gathers the projection's rows and maps columns back
     * to ids, so this checks the gathering, the id mapping and the logits rules on columns.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny-marian-zh-en", "tiny-nllb"})
    void aShortlistOfTheWholeVocabularyGivesTheReferenceOutputs(String name) throws IOException {
        try (ReferenceLines model = ReferenceLines.load(name)) {
            int vocabulary = model.model().config().vocabSize();
            OutputWords every = OutputWords.subset(vocabulary, IntStream.range(0, vocabulary).toArray());
            for (Map.Entry<String, List<JsonObject>> group : model.byTarget().entrySet()) {
                List<int[]> inputs = model.inputs(group.getValue());
                for (String mode : new String[] {"greedy", "beam4"}) {
                    GenerationSettings settings = model.settingsFor(group.getKey())
                            .withBeams(mode.equals("greedy") ? 1 : 4);
                    for (int from = 0; from < inputs.size(); from += BATCH) {
                        List<int[]> part = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
                        List<int[]> outputs = Generator.generate(model.model(), part, settings, every,
                                CancelSignal.NEVER);
                        for (int i = 0; i < part.size(); i++) {
                            assertArrayEquals(ReferenceLines.ids(group.getValue().get(from + i), mode), outputs.get(i),
                                    name + " " + mode + " line " + (from + i));
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny-marian-zh-en", "tiny-nllb"})
    void everyOutputTokenComesFromTheShortlist(String name) throws IOException, ShortlistException {
        try (ReferenceLines model = ReferenceLines.load(name)) {
            int vocabulary = model.model().config().vocabSize();
            // A deliberately small table: three candidates per source token, twenty frequent words.
            ShortlistBuilder builder = new ShortlistBuilder(vocabulary, new ShortlistBuilder.Limits(3, 20));
            for (List<JsonObject> lines : model.byTarget().values()) {
                List<int[]> inputs = model.inputs(lines);
                for (int i = 0; i < lines.size(); i++) {
                    builder.add(inputs.get(i), ReferenceLines.ids(lines.get(i), "greedy"));
                }
            }
            Shortlist shortlist = builder.build("reference lines");
            for (Map.Entry<String, List<JsonObject>> group : model.byTarget().entrySet()) {
                List<int[]> part = model.inputs(group.getValue()).subList(0, Math.min(BATCH,
                        group.getValue().size()));
                for (int beams : new int[] {1, 4}) {
                    GenerationSettings settings = model.settingsFor(group.getKey()).withBeams(beams);
                    OutputWords words = shortlist.wordsFor(part, settings);
                    assertTrue(words.size() < vocabulary / 4, name + ": " + words.size() + " words of " + vocabulary);
                    for (int[] output : Generator.generate(model.model(), part, settings, words, CancelSignal.NEVER)) {
                        for (int id : output) {
                            assertTrue(words.column(id) >= 0, name + ": token " + id + " is not on the shortlist");
                        }
                    }
                }
            }
        }
    }
}
