package org.rendition.engine.shortlist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rendition.SharedData;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.decode.Generator;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.OutputWords;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.tokenize.SubwordTokenizer;
import org.rendition.text.Language;

/**
 * The shortlist's effect on outputs, measured on the tiny reference checkpoints with the command's
 * defaults (50 candidates per source word, 1,000 frequent words, the pack's own tokenizer): every
 * 20th of the first 10,000 lines of a Tatoeba test set is translated with and without a shortlist
 * built from the other lines (held out), and with one built from all 10,000 (as Marian builds its
 * tables from the corpus a model was trained on; these tiny models were trained on such sentences).
 * Prints the figures docs/benchmarks.md states.
 */
class ShortlistEffectTest {
    private static final int LINES = 10_000;
    private static final int EVERY = 20;
    private static final int BATCH = 16;

    @TempDir
    Path folder;

    /** What one shortlist did to one search's outputs. */
    private record Effect(int differing, long wordsPerBatch, double bleuFull, double bleuShort, double chrFFull,
            double chrFShort) {
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tiny-marian-zh-en, zho", "tiny-nllb, rus"})
    void aShortlistChangesFewOutputsWhenItsTextCoversTheInput(String checkpoint, String language) throws IOException {
        Path modelFolder = SharedData.model(checkpoint);
        Language source = Language.require(language);
        List<String> sources = Files.readAllLines(SharedData.testset("tatoeba-" + language + "-eng." + language));
        List<String> references = Files.readAllLines(SharedData.testset("tatoeba-" + language + "-eng.eng"));
        List<String> heldOut = new ArrayList<>();
        List<String> heldOutReferences = new ArrayList<>();
        for (int i = 0; i < Math.min(LINES, sources.size()); i += EVERY) {
            heldOut.add(sources.get(i));
            heldOutReferences.add(references.get(i));
        }
        ModelConfig config = ModelConfig.read(modelFolder.resolve("config.json"));
        try (SubwordTokenizer tokenizer = SubwordTokenizer.load(modelFolder, config.architecture());
                Seq2SeqModel model = Seq2SeqModel.load(modelFolder, config)) {
            GenerationSettings defaults = GenerationSettings.read(modelFolder);
            var forced = tokenizer.targetLanguageToken(Language.ENGLISH);
            if (forced.isPresent()) {
                defaults = defaults.withForcedBos(forced.getAsInt());
            }
            List<int[]> inputs = heldOut.stream().map(s -> tokenizer.encode(s, source)).toList();
            Shortlist[] shortlists = new Shortlist[2];
            for (int counted = 0; counted < 2; counted++) {
                shortlists[counted] = build(tokenizer, config, source, sources, references, counted == 1);
            }
            for (int beams : new int[] {1, 4}) {
                GenerationSettings settings = defaults.withBeams(beams);
                List<int[]> full = new ArrayList<>();
                for (int from = 0; from < inputs.size(); from += BATCH) {
                    full.addAll(Generator.generate(model, inputs.subList(from, Math.min(inputs.size(), from + BATCH)),
                            settings, CancelSignal.NEVER));
                }
                for (int counted = 0; counted < 2; counted++) {
                    Effect effect = measure(model, tokenizer, shortlists[counted], inputs, full, heldOutReferences,
                            settings);
                    System.out.printf("shortlist effect: %s %s->en %s, %d lines (shortlist from the first %,d lines, "
                            + "held-out lines %s; %d words a batch of %d on average, of %d): %d outputs differ; BLEU "
                            + "%.2f -> %.2f, chrF %.2f -> %.2f%n", checkpoint, language,
                            beams == 1 ? "greedy" : "beam " + beams, heldOut.size(), LINES,
                            counted == 1 ? "counted" : "not counted", effect.wordsPerBatch(), BATCH,
                            config.vocabSize(), effect.differing(), effect.bleuFull(), effect.bleuShort(),
                            effect.chrFFull(), effect.chrFShort());
                    assertTrue(effect.wordsPerBatch() < config.vocabSize() / 2, "the shortlist restricts the words");
                    if (counted == 1) {
                        assertTrue(effect.differing() < heldOut.size() / 5, effect.differing() + " outputs differ");
                        assertTrue(effect.chrFShort() > 0.95 * effect.chrFFull(), effect.toString());
                    }
                }
            }
        }
    }

    /** A shortlist from the first {@value #LINES} lines, with or without the held-out ones. */
    private Shortlist build(SubwordTokenizer tokenizer, ModelConfig config, Language source, List<String> sources,
            List<String> references, boolean countHeldOut) throws IOException {
        List<String> buildSources = new ArrayList<>();
        List<String> buildTargets = new ArrayList<>();
        for (int i = 0; i < Math.min(LINES, sources.size()); i++) {
            if (i % EVERY != 0 || countHeldOut) {
                buildSources.add(sources.get(i));
                buildTargets.add(references.get(i));
            }
        }
        Path sourceFile = Files.write(folder.resolve("source.txt"), buildSources, StandardCharsets.UTF_8);
        Path targetFile = Files.write(folder.resolve("target.txt"), buildTargets, StandardCharsets.UTF_8);
        ShortlistBuilder builder = new ShortlistBuilder(config.vocabSize(), new ShortlistBuilder.Limits(50, 1000));
        new ParallelText(tokenizer, source, Language.ENGLISH, Duration.ofMinutes(10))
                .countInto(builder, sourceFile, targetFile);
        return builder.build("test");
    }

    private static Effect measure(Seq2SeqModel model, SubwordTokenizer tokenizer, Shortlist shortlist,
            List<int[]> inputs, List<int[]> full, List<String> references, GenerationSettings settings) {
        List<String> fullText = new ArrayList<>();
        List<String> restricted = new ArrayList<>();
        int differing = 0;
        long words = 0;
        int batches = 0;
        for (int from = 0; from < inputs.size(); from += BATCH) {
            List<int[]> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
            OutputWords chosen = shortlist.wordsFor(batch, settings);
            words += chosen.size();
            batches++;
            List<int[]> outputs = Generator.generate(model, batch, settings, chosen, CancelSignal.NEVER);
            for (int i = 0; i < batch.size(); i++) {
                differing += Arrays.equals(full.get(from + i), outputs.get(i)) ? 0 : 1;
                fullText.add(tokenizer.decode(full.get(from + i)).strip());
                restricted.add(tokenizer.decode(outputs.get(i)).strip());
            }
        }
        return new Effect(differing, words / batches, TranslationScores.bleu(fullText, references),
                TranslationScores.bleu(restricted, references), TranslationScores.chrF(fullText, references),
                TranslationScores.chrF(restricted, references));
    }
}
