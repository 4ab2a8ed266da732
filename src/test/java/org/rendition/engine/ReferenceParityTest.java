package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rendition.SharedData;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.decode.Generator;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.tokenize.MarianTokenizer;
import org.rendition.engine.tokenize.NllbTokenizer;
import org.rendition.engine.tokenize.SubwordTokenizer;
import org.rendition.text.Language;

/**
 * Every line of every {@code reference.jsonl} in ../shared/models: the engine must reproduce the
 * reference tokenizer's input ids and transformers' greedy and beam-4 output ids token for token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceParityTest {
    private static final String[] CHECKPOINTS = {"tiny-marian-zh-en", "tiny-nllb"};
    private final List<Loaded> loaded = new ArrayList<>();

    private record Loaded(String name, Seq2SeqModel model, SubwordTokenizer tokenizer, GenerationSettings settings) {
    }

    @BeforeAll
    void loadCheckpoints() throws IOException {
        for (String name : CHECKPOINTS) {
            Path folder = SharedData.root().resolve("models").resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            ModelConfig config = ModelConfig.read(folder.resolve("config.json"));
            SubwordTokenizer tokenizer = Files.exists(folder.resolve("vocab.json"))
                    ? MarianTokenizer.load(folder) : NllbTokenizer.load(folder);
            loaded.add(new Loaded(name, Seq2SeqModel.load(folder, config), tokenizer, GenerationSettings.read(folder)));
        }
    }

    @AfterAll
    void close() {
        for (Loaded l : loaded) {
            l.tokenizer.close();
            l.model.close();
        }
    }

    Stream<Arguments> referenceLines() throws IOException {
        List<Arguments> lines = new ArrayList<>();
        for (String name : CHECKPOINTS) {
            Path file = SharedData.model(name).resolve("reference.jsonl");
            List<String> all = Files.readAllLines(file);
            for (int i = 0; i < all.size(); i++) {
                if (!all.get(i).isBlank()) {
                    lines.add(Arguments.of(name, i + 1, all.get(i)));
                }
            }
        }
        return lines.stream();
    }

    @ParameterizedTest(name = "{0} line {1}")
    @MethodSource("referenceLines")
    void engineReproducesReferenceInputIdsAndGreedyAndBeamOutputs(String name, int line, String json) {
        Loaded model = loaded.stream().filter(l -> l.name.equals(name)).findFirst().orElseThrow();
        JsonObject reference = JsonParser.parseString(json).getAsJsonObject();
        Language source = reference.has("src_lang") ? Language.require(reference.get("src_lang").getAsString())
                : Language.CHINESE;
        GenerationSettings settings = model.settings;
        if (reference.has("tgt_lang")) {
            settings = settings.withForcedBos(model.tokenizer
                    .targetLanguageToken(Language.require(reference.get("tgt_lang").getAsString())).getAsInt());
        }
        int[] input = model.tokenizer.encode(reference.get("source").getAsString(), source);
        assertArrayEquals(ids(reference.getAsJsonArray("input_ids")), input, "input ids");

        for (String mode : new String[] {"greedy", "beam4"}) {
            GenerationSettings decoding = settings.withBeams(mode.equals("greedy") ? 1 : 4);
            int[] output = Generator.generate(model.model, List.of(input), decoding, CancelSignal.NEVER).get(0);
            JsonObject expected = reference.getAsJsonObject(mode);
            assertArrayEquals(ids(expected.getAsJsonArray("ids")), output, mode + " output ids");
            assertEquals(expected.get("text").getAsString(), model.tokenizer.decode(output), mode + " text");
        }
    }

    /**
     * The same lines decoded together, as documents are (many rows per step: the vocabulary
     * projection then takes its tall form), still give the reference's ids line by line.
     */
    @org.junit.jupiter.api.Test
    void referenceLinesDecodedInOneBatchGiveTheSameOutputs() throws IOException {
        for (Loaded model : loaded) {
            for (TargetGroup group : groupsByTarget(model)) {
                // Batches of 16 sentences, as documents are decoded: 16 rows greedy, 64 with beam 4;
                // and of 8 with beam 4 (32 rows), so both forms of the vocabulary projection run.
                for (int[] beamsAndBatch : new int[][] {{1, 16}, {4, 16}, {4, 8}}) {
                    int batch = beamsAndBatch[1];
                    for (int from = 0; from < group.inputs.size(); from += batch) {
                        List<int[]> part = group.inputs.subList(from, Math.min(group.inputs.size(), from + batch));
                        group.assertReference(model, beamsAndBatch[0], from, Generator.generate(model.model, part,
                                group.settings.withBeams(beamsAndBatch[0]), CancelSignal.NEVER), "a batch of " + batch);
                    }
                }
            }
        }
    }

    /**
     * Two decoding workers give the reference's ids line by line, greedy and beam 4, in batches of
     * 16 handed to the workers as a document's are.
     */
    @org.junit.jupiter.api.Test
    void referenceLinesDecodedByTwoWorkersGiveTheSameOutputs() throws IOException {
        for (Loaded model : loaded) {
            try (ParallelDecoder decoder = new ParallelDecoder(model.model, 2, model.settings)) {
                for (TargetGroup group : groupsByTarget(model)) {
                    List<List<int[]>> batches = new ArrayList<>();
                    for (int from = 0; from < group.inputs.size(); from += 16) {
                        batches.add(group.inputs.subList(from, Math.min(group.inputs.size(), from + 16)));
                    }
                    for (int beams : new int[] {1, 4}) {
                        List<Integer> decoded = new ArrayList<>();
                        decoder.generateAll(batches, group.settings.withBeams(beams), java.util.Optional.empty(),
                                CancelSignal.NEVER, (b, outputs) -> {
                                    group.assertReference(model, beams, 16 * b, outputs, "batch " + b + " on a worker");
                                    decoded.add(b);
                                });
                        assertEquals(batches.size(), decoded.size(), model.name + ": every batch decoded");
                    }
                }
            }
        }
    }

    /** Reference lines that force the same target language, so they can share a batch. */
    private record TargetGroup(GenerationSettings settings, List<int[]> inputs, List<JsonObject> references) {
        void assertReference(Loaded model, int beams, int from, List<int[]> outputs, String how) {
            String mode = beams == 1 ? "greedy" : "beam4";
            for (int i = 0; i < outputs.size(); i++) {
                assertArrayEquals(ids(references.get(from + i).getAsJsonObject(mode).getAsJsonArray("ids")),
                        outputs.get(i), model.name + " " + mode + " line " + (from + i) + " in " + how);
            }
        }
    }

    private static List<TargetGroup> groupsByTarget(Loaded model) throws IOException {
        java.util.Map<String, List<JsonObject>> byTarget = new java.util.TreeMap<>();
        for (String json : Files.readAllLines(SharedData.model(model.name).resolve("reference.jsonl"))) {
            if (!json.isBlank()) {
                JsonObject reference = JsonParser.parseString(json).getAsJsonObject();
                String target = reference.has("tgt_lang") ? reference.get("tgt_lang").getAsString() : "";
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(reference);
            }
        }
        List<TargetGroup> groups = new ArrayList<>();
        for (var group : byTarget.entrySet()) {
            GenerationSettings settings = group.getKey().isEmpty() ? model.settings : model.settings.withForcedBos(
                    model.tokenizer.targetLanguageToken(Language.require(group.getKey())).getAsInt());
            List<int[]> inputs = group.getValue().stream().map(r -> model.tokenizer.encode(
                    r.get("source").getAsString(), r.has("src_lang")
                            ? Language.require(r.get("src_lang").getAsString()) : Language.CHINESE)).toList();
            groups.add(new TargetGroup(settings, inputs, group.getValue()));
        }
        return groups;
    }

    private static int[] ids(JsonArray array) {
        int[] ids = new int[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = array.get(i).getAsInt();
        }
        return ids;
    }
}
