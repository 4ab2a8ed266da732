package org.rendition.bench;

import org.rendition.workflow.WorkflowException;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.bench.BenchmarkFigure;
import org.rendition.bench.PeakMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;

/**
 * Measures decoding speed of one pack on real sentences: greedy and beam 4, at batch 1 and 16,
 * after a warm-up pass, as sentences and generated tokens per second of wall-clock time.
 */
public final class DecodingBenchmark {
    private final ModelPack pack;
    private final LanguagePair pair;
    private final List<String> sentences;

    /**
     * @param sentences the inputs; every configuration translates all of them
     */

    /**
     * The benchmark of the pack named {@code name} in {@code modelsDirectory}.
     *
     * @throws WorkflowException if no such pack is installed
     */
    public static DecodingBenchmark ofInstalledPack(Path modelsDirectory, String name, LanguagePair pair,
            List<String> sentences) throws WorkflowException {
        try {
            ModelPack pack = new ModelLibrary(modelsDirectory).find(name)
                    .orElseThrow(() -> new WorkflowException("No model pack named '" + name + "' is installed."));
            return new DecodingBenchmark(pack, pair, sentences);
        } catch (PackDamagedException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /** The name of the pack measured. */
    public String packName() {
        return pack.name();
    }

    public DecodingBenchmark(ModelPack pack, LanguagePair pair, List<String> sentences) {
        this.pack = pack;
        this.pair = pair;
        this.sentences = List.copyOf(sentences);
    }

    /** The first {@code count} non-empty lines of a test-set file. */
    public static List<String> readSentences(Path file, int count) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty()).limit(count).toList();
        }
    }

    /** Runs every configuration, reporting each figure as soon as it is measured. */
    public List<BenchmarkFigure> run(Consumer<BenchmarkFigure> report) throws IOException, PackDamagedException {
        List<BenchmarkFigure> figures = new ArrayList<>();
        Consumer<BenchmarkFigure> keep = figure -> {
            figures.add(figure);
            report.accept(figure);
        };
        long loadStart = System.nanoTime();
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            keep.accept(new BenchmarkFigure("model load (verify + read weights)", seconds(loadStart), "s"));
            List<int[]> inputs = sentences.stream().map(s -> engine.encode(s, pair)).toList();
            long firstStart = System.nanoTime();
            engine.generate(List.of(inputs.get(0)), engine.settingsFor(pair, DecodingOptions.modelDefaults()
                    .withBeams(4)));
            keep.accept(new BenchmarkFigure("first sentence, beam 4 (cold)", seconds(firstStart), "s"));
            // Warm-up: JIT compilation and PyTorch's thread pool settle before anything is timed.
            for (int beams : new int[] {1, 4}) {
                decode(engine, inputs.subList(0, Math.min(inputs.size(), 16)),
                        engine.settingsFor(pair, DecodingOptions.modelDefaults().withBeams(beams)), 1);
            }
            for (int beams : new int[] {1, 4}) {
                for (int batch : new int[] {1, 16}) {
                    GenerationSettings settings = engine.settingsFor(pair,
                            DecodingOptions.modelDefaults().withBeams(beams));
                    long start = System.nanoTime();
                    int tokens = decode(engine, inputs, settings, batch);
                    double elapsed = seconds(start);
                    String label = (beams == 1 ? "greedy" : "beam " + beams) + ", batch " + batch;
                    keep.accept(new BenchmarkFigure(label + ": sentences/s", inputs.size() / elapsed, "sent/s"));
                    keep.accept(new BenchmarkFigure(label + ": tokens/s", tokens / elapsed, "tok/s"));
                }
            }
        }
        keep.accept(new BenchmarkFigure("peak resident memory", PeakMemory.residentMegabytes(), "MiB"));
        return figures;
    }

    private static int decode(TranslationEngine engine, List<int[]> inputs, GenerationSettings settings, int batch) {
        int tokens = 0;
        for (int start = 0; start < inputs.size(); start += batch) {
            for (int[] output : engine.generate(inputs.subList(start, Math.min(inputs.size(), start + batch)),
                    settings)) {
                tokens += output.length - 1;
            }
        }
        return tokens;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
