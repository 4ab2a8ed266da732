package org.rendition.bench;

import org.rendition.bench.BenchmarkReport;
import org.rendition.bench.DecodingBenchmark;
import org.rendition.bench.MachineLoad;
import org.rendition.bench.MemoryBenchmark;
import org.rendition.bench.PeakMemory;
import org.rendition.bench.PeerBenchmark;
import org.rendition.bench.RandomCheckpoint;
import org.rendition.bench.WorkerScaling;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.ComputeThreads;
import org.rendition.engine.MklOnAmd;
import org.rendition.engine.OpenMpWaitPolicy;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.MatmulCeiling;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.engine.pack.PackImportException;
import org.rendition.text.Language;

/**
 * The benchmark of {@code rendition bench}: a full-size OPUS-MT-shaped checkpoint with random
 * weights (see {@link RandomCheckpoint}), imported as a pack, loaded and decoded at a fixed output
 * length; each configuration is set against the machine's matmul ceiling and against the peer;
 * then the translation memory and glossary at their target sizes.
 */
public final class FullSizeBenchmark {
    private static final String PACK = "opus-mt-zh-en-random";
    private static final long SEED = 20_261_122L;
    private static final int[] BEAMS = {1, 4};
    private static final int[] BATCHES = {1, 16};
    private static final int CEILING_REPETITIONS = 10;

    /**
     * What to run.
     *
     * @param workDir holds the generated checkpoint and its pack, reused by the next run
     * @param shared the {@code ../shared} folder (tokenizer files and test sets)
     * @param count sentences per configuration, split over the rounds (a batch-16 round has at least 16)
     * @param rounds rounds per configuration, engine and peer alternating (at least 3)
     * @param documentSentences sentences of the document decoded by one and by several decoders
     * @param threads PyTorch threads, for the engine and the peer alike
     * @param peerScript the peer's script; python the interpreter with Debian's torch
     * @param memory whether to run the 1M-segment TM and 100k-term glossary part
     * @param tmDatabase where to keep the TM database between runs, or null for a temporary one
     */
    public record Options(Path workDir, Path shared, int count, int rounds, int documentSentences, int threads,
            Path python, Path peerScript, boolean peer, boolean memory, int tmSegments, int glossaryTerms,
            Path tmDatabase, String tmServer) {
        public Options {
            if (rounds < 1 || count < rounds) {
                throw new IllegalArgumentException("Give at least one round and one sentence per round.");
            }
        }

        /** Sentences in one round of a configuration at {@code batch}. */
        int perRound(int batch) {
            return Math.max(batch, count / rounds);
        }
    }

    /** One input set with its fixed output length. */
    private record Workload(String name, List<String> sentences, int tokens) {
    }

    private final Options options;
    private final RandomCheckpoint.Shape shape = RandomCheckpoint.Shape.OPUS_MT;

    public FullSizeBenchmark(Options options) {
        this.options = options;
    }

    /** Runs everything, reporting each figure as it is measured. */
    public void run(BenchmarkReport report) throws IOException, PackDamagedException, PackImportException {
        long runStart = System.nanoTime();
        report.note("machine load at start: " + MachineLoad.describe());
        Path checkpoint = options.workDir().resolve("checkpoint-" + PACK);
        if (!Files.exists(checkpoint.resolve("model.safetensors"))) {
            long start = System.nanoTime();
            RandomCheckpoint.write(checkpoint, shape, SEED, options.shared().resolve("models/tiny-marian-zh-en"));
            report.figure(String.format("checkpoint written (%.1fM parameters, seed %d)", shape.parameters() / 1e6,
                    SEED), seconds(start), "s");
        } else {
            report.note("checkpoint reused from " + checkpoint);
        }
        ModelLibrary library = new ModelLibrary(options.workDir().resolve("models"));
        Optional<ModelPack> installed = library.find(PACK);
        ModelPack pack;
        if (installed.isPresent()) {
            pack = installed.get();
        } else {
            long start = System.nanoTime();
            pack = library.importFrom(checkpoint, new ImportRequest(PACK, "random weights, benchmark only",
                    Language.CHINESE, Language.ENGLISH, false));
            report.figure("pack import (copy + SHA-256)", seconds(start), "s");
        }
        int threads = ComputeThreads.use(options.threads());
        report.note(String.format("engine: DJL PyTorch, %d threads; %d cores; fixed output length; MKL kernels: %s; "
                + "OpenMP wait: %s", threads, Runtime.getRuntime().availableProcessors(), MklOnAmd.applyOnce(),
                OpenMpWaitPolicy.applyOnce()));
        LanguagePair pair = new LanguagePair(Language.CHINESE, Language.ENGLISH);
        List<Workload> workloads = workloads();
        PeerBenchmark peer = new PeerBenchmark(options.python(), options.peerScript(), checkpoint, threads);
        Optional<String> peerMissing = options.peer() ? peer.unavailable() : Optional.of("--no-peer given");
        peerMissing.ifPresent(reason -> report.note("peer skipped: " + reason));

        long loadStart = System.nanoTime();
        try (TranslationEngine engine = TranslationEngine.open(pack);
                PeerRounds peerRounds = PeerRounds.start(peer, peerMissing, report)) {
            report.figure("model load (verify SHA-256 + read weights)", seconds(loadStart), "s");
            GenerationSettings beam4 = engine.settingsFor(pair, DecodingOptions.modelDefaults().withBeams(4))
                    .withFixedLength(workloads.get(0).tokens());
            long firstStart = System.nanoTime();
            long firstCpuStart = processCpuNanos();
            String first = engine.decode(engine.generate(
                    List.of(engine.encode(workloads.get(0).sentences().get(0), pair)), beam4).get(0));
            report.figure("first segment after load, beam 4 (cold)", seconds(firstStart), "s");
            // On a busy machine the wall-clock figure is mostly waiting for a core; this is the work.
            report.figure("first segment after load, beam 4 (cold): process CPU time",
                    (processCpuNanos() - firstCpuStart) / 1e9, "CPU-s");
            report.figure("load + first segment", seconds(loadStart), "s");
            report.note("  (random weights: the first segment reads \"" + abbreviate(first) + "\")");
            report.note(String.format("each configuration: a warm-up pass (not counted), then %d rounds, engine and "
                    + "peer alternating; medians, with the lowest and highest round in brackets", options.rounds()));
            Lowest lowest = new Lowest();
            for (Workload workload : workloads) {
                measure(engine, pair, workload, peerRounds, threads, lowest, report);
            }
            lowest.report(report);
            // Before the two-decoder runs: each concurrent run holds its own step tensors.
            report.figure("peak resident memory (one decoder)", PeakMemory.residentMegabytes(), "MiB");
            List<int[]> document = DecodingBenchmark.readSentences(
                    options.shared().resolve("testsets/tatoeba-zho-eng.zho"), options.documentSentences()).stream()
                    .map(s -> engine.encode(s, pair))
                    .sorted(Comparator.comparingInt((int[] ids) -> ids.length).reversed()).toList();
            for (int beams : BEAMS) {
                WorkerScaling.measure(engine, "tatoeba zh", document, engine.settingsFor(pair,
                        DecodingOptions.modelDefaults().withBeams(beams)).withFixedLength(16), 16, threads,
                        Math.min(options.rounds(), 3), peerRounds, report);
            }
        }
        report.figure("peak resident memory (after the two-decoder runs)", PeakMemory.residentMegabytes(), "MiB");
        if (options.memory()) {
            MemoryBenchmark.run(options.shared().resolve("testsets"), options.tmSegments(), options.glossaryTerms(),
                    options.tmDatabase(), options.tmServer(), report);
            report.figure("peak resident memory (whole run)", PeakMemory.residentMegabytes(), "MiB");
        }
        report.note("machine load at end: " + MachineLoad.describe());
        report.figure("whole benchmark run", seconds(runStart), "s");
    }

    /** Tatoeba as it is, and longer inputs made of four consecutive Tatoeba sentences. */
    private List<Workload> workloads() throws IOException {
        int needed = options.rounds() * options.perRound(BATCHES[BATCHES.length - 1]);
        Path file = options.shared().resolve("testsets/tatoeba-zho-eng.zho");
        List<String> lines = DecodingBenchmark.readSentences(file, needed * 4);
        List<String> longer = new ArrayList<>();
        for (int i = 0; i + 4 <= lines.size() && longer.size() < needed; i += 4) {
            longer.add(String.join("", lines.subList(i, i + 4)));
        }
        return List.of(new Workload("tatoeba zh", lines.subList(0, Math.min(lines.size(), needed)), 16),
                new Workload("4 tatoeba sentences joined", longer, 48));
    }

    private void measure(TranslationEngine engine, LanguagePair pair, Workload workload, PeerRounds peer,
            int threads, Lowest lowest, BenchmarkReport report) throws IOException {
        List<int[]> encoded = workload.sentences().stream().map(s -> engine.encode(s, pair)).toList();
        double sourceTokens = encoded.stream().mapToInt(ids -> ids.length).average().orElse(0);
        report.note(String.format("%s: %.1f source tokens on average, %d output tokens each; per configuration "
                + "%d sentences at batch 1, %d at batch 16", workload.name(), sourceTokens, workload.tokens(),
                Math.min(encoded.size(), options.rounds() * options.perRound(1)),
                Math.min(encoded.size(), options.rounds() * options.perRound(16))));
        for (int beams : BEAMS) {
            GenerationSettings settings = engine.settingsFor(pair, DecodingOptions.modelDefaults()
                    .withBeams(beams)).withFixedLength(workload.tokens());
            for (int batch : BATCHES) {
                List<List<int[]>> rounds = rounds(encoded, options.perRound(batch));
                String label = String.format("%s, %s, batch %d", workload.name(),
                        beams == 1 ? "greedy" : "beam " + beams, batch);
                // Warm-up: JIT compilation and both allocators settle before anything is timed.
                List<int[]> warmUp = rounds.get(0).subList(0, batch);
                engine.generate(warmUp, settings.withFixedLength(4));
                peer.warmUp(warmUp, beams, batch, label, report);
                Round[] measured = new Round[rounds.size()];
                for (int r = 0; r < rounds.size(); r++) {
                    measured[r] = round(engine, rounds.get(r), settings, beams, batch, workload.tokens(), label, peer,
                            report);
                }
                reportRounds(label, measured, batch * beams, threads, lowest, batch, report);
            }
        }
    }

    /** Consecutive sentences, one list per round, each sorted longest first as the engine batches a document. */
    private List<List<int[]>> rounds(List<int[]> encoded, int perRound) {
        List<List<int[]>> rounds = new ArrayList<>();
        for (int r = 0; r < options.rounds() && (r + 1) * perRound <= encoded.size(); r++) {
            rounds.add(encoded.subList(r * perRound, (r + 1) * perRound).stream()
                    .sorted(Comparator.comparingInt((int[] ids) -> ids.length).reversed()).toList());
        }
        return rounds;
    }

    /** What one round measured: the ceiling just before, the engine, then the peer on the same sentences. */
    private record Round(MatmulCeiling.Result ceiling, int sentences, int tokens, double seconds, double cpuSeconds,
            double flops, Optional<PeerBenchmark.Result> peer) {
        double engineRate() {
            return sentences / seconds;
        }

        double fractionOfCeiling() {
            return 100 * flops / seconds / 1e9 / ceiling.gflops();
        }
    }

    private Round round(TranslationEngine engine, List<int[]> inputs, GenerationSettings settings, int beams,
            int batch, int tokens, String label, PeerRounds peer, BenchmarkReport report) {
        MatmulCeiling.Result ceiling = ceiling(batch * beams);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        double flops = 0;
        for (int at = 0; at < inputs.size(); at += batch) {
            List<int[]> slice = inputs.subList(at, Math.min(inputs.size(), at + batch));
            engine.generate(slice, settings);
            flops += flops(slice, beams, tokens);
        }
        double elapsed = seconds(start);
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        return new Round(ceiling, inputs.size(), tokens, elapsed, cpuSeconds, flops,
                peer.run(inputs, beams, batch, tokens, label, report));
    }

    private void reportRounds(String label, Round[] rounds, int rows, int threads, Lowest lowest, int batch,
            BenchmarkReport report) {
        report.figure(label + ": sentences/s", spread(rounds, Round::engineRate), "sent/s");
        report.figure(label + ": tokens/s", spread(rounds, r -> r.sentences() * r.tokens() / r.seconds()), "tok/s");
        report.figure(label + ": sentences per CPU-second", spread(rounds, r -> r.sentences() / r.cpuSeconds()),
                "sent/CPU-s");
        Spread ceiling = spread(rounds, r -> r.ceiling().gflops());
        Spread fraction = spread(rounds, Round::fractionOfCeiling);
        report.figure(String.format("%s: matmul ceiling at %d rows %.1f GFLOP/s, engine %.1f", label, rows,
                ceiling.median(), spread(rounds, r -> r.flops() / r.seconds() / 1e9).median()), fraction,
                "% of ceiling");
        if (batch > 1) {
            lowest.fraction(fraction.median(), label);
        }
        // Only with one thread does all the work run on the thread whose CPU time the ceiling
        // counts; with more, OpenMP's spinning workers would count against the engine.
        if (threads == 1) {
            report.figure(label + ": per CPU-second, % of ceiling", spread(rounds,
                    r -> 100 * r.flops() / r.cpuSeconds() / 1e9 / r.ceiling().cpuGflops()), "% of ceiling");
        }
        if (Arrays.stream(rounds).allMatch(r -> r.peer().isPresent())) {
            report.figure(label + ": peer sentences/s (" + rounds[0].peer().get().description() + ")",
                    spread(rounds, r -> r.peer().get().sentencesPerSecond()), "sent/s");
            Spread ratio = spread(rounds, r -> r.engineRate() / r.peer().get().sentencesPerSecond());
            report.figure(label + ": Rendition / peer", ratio, "×");
            report.figure(label + ": Rendition / peer, per CPU-second", spread(rounds,
                    r -> r.sentences() / r.cpuSeconds() / r.peer().get().sentencesPerCpuSecond()), "×");
            lowest.ratio(ratio.median(), label);
        }
    }

    private static Spread spread(Round[] rounds, java.util.function.ToDoubleFunction<Round> figure) {
        return Spread.of(Arrays.stream(rounds).mapToDouble(figure).toArray());
    }

    /**
     * Projection work of one batch: the encoder (on the padded batch, once per sentence, with the
     * source keys and values of every decoder layer), then {@code tokens} decoder steps.
     */
    private double flops(List<int[]> batch, int beams, int tokens) {
        int width = batch.stream().mapToInt(ids -> ids.length).max().orElse(0);
        double d = shape.dModel();
        double encoderPerToken = 2 * (shape.layers() * (4 * d * d + 2 * d * shape.ffn()) + shape.layers() * 2 * d * d);
        MatmulCeiling.StepShape step = stepShape(batch.size() * beams);
        return encoderPerToken * batch.size() * width + tokens * step.flops();
    }

    private MatmulCeiling.StepShape stepShape(int rows) {
        return new MatmulCeiling.StepShape(rows, shape.dModel(), shape.ffn(), shape.layers(), shape.vocab());
    }

    /**
     * Measured just before the configuration it is compared with, so that both see the same load
     * on a shared machine; the fastest of 10 repetitions (each round measures its own).
     */
    private MatmulCeiling.Result ceiling(int rows) {
        return MatmulCeiling.measure(stepShape(rows), CEILING_REPETITIONS);
    }

    /** CPU time of every thread of this process: immune to waiting for a core on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
