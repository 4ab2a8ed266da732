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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.ComputeThreads;
import org.rendition.engine.MklOnAmd;
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

    /**
     * What to run.
     *
     * @param workDir holds the generated checkpoint and its pack, reused by the next run
     * @param shared the {@code ../shared} folder (tokenizer files and test sets)
     * @param count Tatoeba sentences per configuration (the long set has half as many)
     * @param threads PyTorch threads, for the engine and the peer alike
     * @param peerScript the peer's script; python the interpreter with Debian's torch
     * @param memory whether to run the 1M-segment TM and 100k-term glossary part
     * @param tmDatabase where to keep the TM database between runs, or null for a temporary one
     */
    public record Options(Path workDir, Path shared, int count, int threads, Path python, Path peerScript,
            boolean peer, boolean memory, int tmSegments, int glossaryTerms, Path tmDatabase) {
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
        report.note(String.format("engine: DJL PyTorch, %d threads; %d cores; fixed output length; MKL kernels: %s",
                threads, Runtime.getRuntime().availableProcessors(), MklOnAmd.applyOnce()));
        LanguagePair pair = new LanguagePair(Language.CHINESE, Language.ENGLISH);
        List<Workload> workloads = workloads();
        PeerBenchmark peer = new PeerBenchmark(options.python(), options.peerScript(), checkpoint, threads);
        Optional<String> peerMissing = options.peer() ? peer.unavailable() : Optional.of("--no-peer given");
        peerMissing.ifPresent(reason -> report.note("peer skipped: " + reason));

        long loadStart = System.nanoTime();
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            report.figure("model load (verify SHA-256 + read weights)", seconds(loadStart), "s");
            GenerationSettings beam4 = engine.settingsFor(pair, DecodingOptions.modelDefaults().withBeams(4))
                    .withFixedLength(workloads.get(0).tokens());
            long firstStart = System.nanoTime();
            String first = engine.decode(engine.generate(
                    List.of(engine.encode(workloads.get(0).sentences().get(0), pair)), beam4).get(0));
            report.figure("first segment after load, beam 4 (cold)", seconds(firstStart), "s");
            report.figure("load + first segment", seconds(loadStart), "s");
            report.note("  (random weights: the first segment reads \"" + abbreviate(first) + "\")");
            for (Workload workload : workloads) {
                measure(engine, pair, workload, peer, peerMissing.isEmpty(), threads, report);
            }
            // Before the two-decoder runs: each concurrent run holds its own step tensors.
            report.figure("peak resident memory (one decoder)", PeakMemory.residentMegabytes(), "MiB");
            List<int[]> document = DecodingBenchmark.readSentences(
                    options.shared().resolve("testsets/tatoeba-zho-eng.zho"), 64).stream()
                    .map(s -> engine.encode(s, pair))
                    .sorted(Comparator.comparingInt((int[] ids) -> ids.length).reversed()).toList();
            for (int beams : BEAMS) {
                WorkerScaling.measure(engine, "tatoeba zh", document, engine.settingsFor(pair,
                        DecodingOptions.modelDefaults().withBeams(beams)).withFixedLength(16), 16, threads,
                        peerMissing.isEmpty() ? Optional.of(peer) : Optional.empty(), report);
            }
        }
        report.figure("peak resident memory (after the two-decoder runs)", PeakMemory.residentMegabytes(), "MiB");
        if (options.memory()) {
            MemoryBenchmark.run(options.shared().resolve("testsets"), options.tmSegments(), options.glossaryTerms(),
                    options.tmDatabase(), report);
            report.figure("peak resident memory (whole run)", PeakMemory.residentMegabytes(), "MiB");
        }
        report.note("machine load at end: " + MachineLoad.describe());
        report.figure("whole benchmark run", seconds(runStart), "s");
    }

    /** Tatoeba as it is, and longer inputs made of four consecutive Tatoeba sentences. */
    private List<Workload> workloads() throws IOException {
        Path file = options.shared().resolve("testsets/tatoeba-zho-eng.zho");
        List<String> lines = DecodingBenchmark.readSentences(file, options.count() * 4);
        List<String> longer = new ArrayList<>();
        for (int i = 0; i + 4 <= lines.size() && longer.size() < Math.max(1, options.count() / 2); i += 4) {
            longer.add(String.join("", lines.subList(i, i + 4)));
        }
        return List.of(new Workload("tatoeba zh", lines.subList(0, Math.min(lines.size(), options.count())), 16),
                new Workload("4 tatoeba sentences joined", longer, 48));
    }

    private void measure(TranslationEngine engine, LanguagePair pair, Workload workload, PeerBenchmark peer,
            boolean runPeer, int threads, BenchmarkReport report) throws IOException {
        // Longest first, as the engine batches a document: padding stays small.
        List<int[]> inputs = workload.sentences().stream().map(s -> engine.encode(s, pair))
                .sorted(Comparator.comparingInt((int[] ids) -> ids.length).reversed()).toList();
        double sourceTokens = inputs.stream().mapToInt(ids -> ids.length).average().orElse(0);
        report.note(String.format("%s: %d sentences, %.1f source tokens on average, %d output tokens each",
                workload.name(), inputs.size(), sourceTokens, workload.tokens()));
        Path peerInputs = runPeer ? PeerBenchmark.writeInputs(Files.createTempFile("rendition-peer", ".json"), inputs)
                : null;
        try {
            for (int beams : BEAMS) {
                GenerationSettings settings = engine.settingsFor(pair, DecodingOptions.modelDefaults()
                        .withBeams(beams)).withFixedLength(workload.tokens());
                // Warm-up: JIT compilation and PyTorch's allocator settle before anything is timed.
                engine.generate(inputs.subList(0, Math.min(inputs.size(), 16)), settings.withFixedLength(4));
                for (int batch : BATCHES) {
                    MatmulCeiling.Result ceiling = ceiling(batch * beams);
                    long start = System.nanoTime();
                    long cpuStart = processCpuNanos();
                    double flops = 0;
                    for (int at = 0; at < inputs.size(); at += batch) {
                        List<int[]> slice = inputs.subList(at, Math.min(inputs.size(), at + batch));
                        engine.generate(slice, settings);
                        flops += flops(slice, beams, workload.tokens());
                    }
                    double elapsed = seconds(start);
                    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
                    String label = String.format("%s, %s, batch %d", workload.name(),
                            beams == 1 ? "greedy" : "beam " + beams, batch);
                    double sentences = inputs.size() / elapsed;
                    report.figure(label + ": sentences/s", sentences, "sent/s");
                    report.figure(label + ": tokens/s", inputs.size() * workload.tokens() / elapsed, "tok/s");
                    report.figure(label + ": sentences per CPU-second", inputs.size() / cpuSeconds, "sent/CPU-s");
                    double achieved = flops / elapsed / 1e9;
                    report.figure(String.format("%s: matmul ceiling at %d rows %.1f GFLOP/s, engine %.1f",
                            label, batch * beams, ceiling.gflops(), achieved), 100 * achieved / ceiling.gflops(),
                            "% of ceiling");
                    double cpuAchieved = flops / cpuSeconds / 1e9;
                    // Only with one thread does all the work run on the thread whose CPU time the
                    // ceiling counts; with more, OpenMP's spinning workers would count against the engine.
                    if (threads == 1) {
                        report.figure(String.format("%s: per CPU-second: ceiling %.1f GFLOP, engine %.1f", label,
                                ceiling.cpuGflops(), cpuAchieved), 100 * cpuAchieved / ceiling.cpuGflops(),
                                "% of ceiling");
                    }
                    if (runPeer) {
                        try {
                            PeerBenchmark.Result result = peer.run(peerInputs, beams, batch, workload.tokens());
                            report.figure(label + ": peer sentences/s (" + result.description() + ")",
                                    result.sentencesPerSecond(), "sent/s");
                            report.figure(label + ": Rendition / peer", sentences / result.sentencesPerSecond(), "×");
                            report.figure(label + ": Rendition / peer, per CPU-second",
                                    inputs.size() / cpuSeconds / result.sentencesPerCpuSecond(), "×");
                        } catch (IOException | RuntimeException e) {
                            report.note("peer skipped for " + label + ": " + e.getMessage());
                        }
                    }
                }
            }
        } finally {
            if (peerInputs != null) {
                Files.deleteIfExists(peerInputs);
            }
        }
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
     * on a shared machine; the fastest of 20 repetitions.
     */
    private MatmulCeiling.Result ceiling(int rows) {
        return MatmulCeiling.measure(stepShape(rows), 20);
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
