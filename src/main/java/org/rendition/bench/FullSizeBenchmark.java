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
import org.rendition.engine.model.Precision;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.engine.pack.PackImportException;
import org.rendition.engine.shortlist.ShortlistSetting;
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
     * @param count Tatoeba sentences each configuration decodes at least, over all its rounds (a
     *     joined input counts as the four sentences it is made of)
     * @param rounds rounds per configuration at least, engine and peer alternating; a configuration
     *     gets more when whole batches of {@code count} need them
     * @param documentSentences sentences of the document decoded by the decoding workers and by one decoder
     * @param threads PyTorch threads, for the engine and the peer alike
     * @param peerScript the peer's script; python the interpreter with Debian's torch
     * @param memory whether to run the 1M-segment TM and 100k-term glossary part
     * @param tmDatabase where to keep the TM database between runs, or null for a temporary one
     * @param precision the precision the benchmark's pack declares (decision 0028), so every engine
     *     figure is at it (float32 where bfloat16 cannot run here)
     * @param compared the pack's other precision, measured beside it in the same rounds on lines of
     *     their own, or null for none
     * @param shortlist whether to measure, instead, the default engine choosing among a shortlist's
     *     words (decision 0026) in the same rounds, on lines of their own
     */
    public record Options(Path workDir, Path shared, int count, int rounds, int documentSentences, int threads,
            Path python, Path peerScript, boolean peer, boolean memory, int tmSegments, int glossaryTerms,
            Path tmDatabase, String tmServer, Precision precision, Precision compared, ShortlistSetting shortlist) {
        public Options {
            if (rounds < 1 || count < rounds) {
                throw new IllegalArgumentException("Give at least one round and one sentence per round.");
            }
            if (compared != null && shortlist == ShortlistSetting.ON) {
                throw new IllegalArgumentException("Give --compare-precision or --shortlist, not both: each is "
                        + "measured on its own against the pack's own setting.");
            }
            if (compared == precision) {
                throw new IllegalArgumentException("--compare-precision must differ from --precision ("
                        + precision.label() + ").");
            }
        }

        /**
         * Inputs in one round at {@code batch}, each input made of {@code perInput} sentences: at batch
         * 1 the fewest that cover {@code count} sentences in {@code rounds} rounds, at a larger batch
         * one whole batch (a partial batch would measure another configuration).
         */
        int perRound(int batch, int perInput) {
            if (batch > 1) {
                return batch;
            }
            return Math.max(1, ceilDiv(count, rounds * perInput));
        }

        /** Rounds of a configuration: at least {@code rounds}, more where one batch a round does not cover {@code count}. */
        int roundsFor(int batch, int perInput) {
            return Math.max(rounds, ceilDiv(count, perRound(batch, perInput) * perInput));
        }

        private static int ceilDiv(int a, int b) {
            return (a + b - 1) / b;
        }
    }

    /** One input set with its fixed output length; each input is {@code perInput} Tatoeba sentences. */
    private record Workload(String name, List<String> sentences, int tokens, int perInput) {
    }

    private final Options options;
    private final RandomCheckpoint.Shape shape = RandomCheckpoint.Shape.OPUS_MT;
    /** The ceiling's weights, made once for the whole run. */
    private MatmulCeiling.Weights ceilingWeights;
    /** The optional setting while the configurations are measured, else null. */
    private OptionalDecoder optional;

    public FullSizeBenchmark(Options options) {
        this.options = options;
    }

    /** Runs everything, reporting each figure as it is measured. */
    public void run(BenchmarkReport report) throws IOException, PackDamagedException, PackImportException {
        long runStart = System.nanoTime();
        long runCpuStart = processCpuNanos();
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
        if (pack.manifest().declaredPrecision() != options.precision()) {
            pack = library.declarePrecision(PACK, options.precision());
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
        // The pack's own precision, whatever -Drendition.precision says: the figures are about it.
        try (TranslationEngine engine = TranslationEngine.open(pack, pack.manifest().declaredPrecision(),
                ShortlistSetting.OFF);
                PeerRounds peerRounds = PeerRounds.start(peer, peerMissing, report);
                MatmulCeiling.Weights ceilingWeights = MatmulCeiling.Weights.create(stepShape(1),
                        engine.precision())) {
            this.ceilingWeights = ceilingWeights;
            report.note(precisionNote(engine));
            report.figure("model load (verify SHA-256 + read weights)", seconds(loadStart), "s");
            report.note(String.format("decoding workers: %d, each single-threaded, for documents of several batches "
                    + "(-Drendition.decoders; a single batch is decoded on the calling thread's %d threads)",
                    engine.decoders(), threads));
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
            // Opened after the first segment, so that load and first-segment figures are the default's alone.
            this.optional = openOptional(pack, engine, pair, workloads, report);
            report.note(String.format("each configuration: a short warm-up (not counted), then at least %d rounds, "
                    + "engine and peer alternating, covering at least %d Tatoeba sentences; medians, with the lowest "
                    + "and highest round in brackets", options.rounds(), options.count()));
            Lowest lowest = new Lowest();
            Lowest lowestOptional = new Lowest();
            for (Workload workload : workloads) {
                measure(engine, pair, workload, peerRounds, threads, lowest, lowestOptional, report);
            }
            lowest.report("", report);
            if (optional != null) {
                lowestOptional.report(optional.tag(), report);
                closeOptional();
            }
            // Before the document runs, the largest (beam 4 × 16) batches of which decode two at a time.
            report.figure("peak resident memory (batch figures)", PeakMemory.residentMegabytes(), "MiB");
            List<int[]> document = DecodingBenchmark.readSentences(
                    options.shared().resolve("testsets/tatoeba-zho-eng.zho"), options.documentSentences()).stream()
                    .map(s -> engine.encode(s, pair))
                    .sorted(Comparator.comparingInt((int[] ids) -> ids.length).reversed()).toList();
            for (int beams : BEAMS) {
                WorkerScaling.measure(engine, "tatoeba zh", document, engine.settingsFor(pair,
                        DecodingOptions.modelDefaults().withBeams(beams)).withFixedLength(16), 16, threads,
                        Math.min(options.rounds(), 3), peerRounds, report);
            }
        } finally {
            closeOptional();
        }
        report.figure("peak resident memory (after the document runs)", PeakMemory.residentMegabytes(), "MiB");
        if (options.memory()) {
            MemoryBenchmark.run(options.shared().resolve("testsets"), options.tmSegments(), options.glossaryTerms(),
                    options.tmDatabase(), options.tmServer(), report);
            report.figure("peak resident memory (whole run)", PeakMemory.residentMegabytes(), "MiB");
        }
        report.note("machine load at end: " + MachineLoad.describe());
        report.figure("whole benchmark run", seconds(runStart), "s");
        report.figure("whole benchmark run: this process's CPU time (the peer's not included)",
                (processCpuNanos() - runCpuStart) / 1e9, "CPU-s");
    }

    /** Tatoeba as it is, and longer inputs made of four consecutive Tatoeba sentences. */
    private List<Workload> workloads() throws IOException {
        int needed = 0;
        for (int batch : BATCHES) {
            needed = Math.max(needed, options.roundsFor(batch, 1) * options.perRound(batch, 1));
            needed = Math.max(needed, 4 * options.roundsFor(batch, 4) * options.perRound(batch, 4));
        }
        Path file = options.shared().resolve("testsets/tatoeba-zho-eng.zho");
        List<String> lines = DecodingBenchmark.readSentences(file, needed);
        List<String> longer = new ArrayList<>();
        for (int i = 0; i + 4 <= lines.size(); i += 4) {
            longer.add(String.join("", lines.subList(i, i + 4)));
        }
        return List.of(new Workload("tatoeba zh", lines, 16, 1),
                new Workload("4 tatoeba sentences joined", longer, 48, 4));
    }

    private void measure(TranslationEngine engine, LanguagePair pair, Workload workload, PeerRounds peer,
            int threads, Lowest lowest, Lowest lowestOptional, BenchmarkReport report) throws IOException {
        List<int[]> encoded = workload.sentences().stream().map(s -> engine.encode(s, pair)).toList();
        double sourceTokens = encoded.stream().mapToInt(ids -> ids.length).average().orElse(0);
        StringBuilder plan = new StringBuilder();
        for (int batch : BATCHES) {
            int perRound = options.perRound(batch, workload.perInput());
            int rounds = options.roundsFor(batch, workload.perInput());
            plan.append(String.format("; batch %d: %d rounds of %d input%s (%d sentences)", batch, rounds, perRound,
                    perRound == 1 ? "" : "s", rounds * perRound * workload.perInput()));
        }
        report.note(String.format("%s: %.1f source tokens on average, %d output tokens each%s", workload.name(),
                sourceTokens, workload.tokens(), plan));
        for (int beams : BEAMS) {
            GenerationSettings settings = engine.settingsFor(pair, DecodingOptions.modelDefaults()
                    .withBeams(beams)).withFixedLength(workload.tokens());
            for (int batch : BATCHES) {
                List<List<int[]>> rounds = rounds(encoded, options.perRound(batch, workload.perInput()),
                        options.roundsFor(batch, workload.perInput()));
                String label = String.format("%s, %s, batch %d", workload.name(),
                        beams == 1 ? "greedy" : "beam " + beams, batch);
                // Warm-up: JIT compilation and both allocators settle before anything is timed.
                List<int[]> warmUp = rounds.get(0).subList(0, batch);
                engine.generate(warmUp, settings.withFixedLength(4));
                if (optional != null) {
                    optional.generate(warmUp, settings.withFixedLength(4));
                }
                peer.warmUp(warmUp, beams, batch, label, report);
                Round[] measured = new Round[rounds.size()];
                for (int r = 0; r < rounds.size(); r++) {
                    measured[r] = round(engine, rounds.get(r), settings, beams, batch, workload.tokens(), label, peer,
                            report);
                }
                reportRounds(label, measured, batch * beams, threads, lowest, batch, report);
                if (optional != null) {
                    reportOptional(label, measured, lowestOptional, report);
                }
            }
        }
    }

    /** Consecutive sentences, one list per round, each sorted longest first as the engine batches a document. */
    private static List<List<int[]>> rounds(List<int[]> encoded, int perRound, int count) {
        List<List<int[]>> rounds = new ArrayList<>();
        for (int r = 0; r < count && (r + 1) * perRound <= encoded.size(); r++) {
            rounds.add(encoded.subList(r * perRound, (r + 1) * perRound).stream()
                    .sorted(Comparator.comparingInt((int[] ids) -> ids.length).reversed()).toList());
        }
        return rounds;
    }

    /**
     * What one round measured: the ceiling just before, the engine, the engine at the optional
     * precision if one is measured, then the peer, all on the same sentences.
     */
    private record Round(MatmulCeiling.Result ceiling, int sentences, int tokens, double seconds, double cpuSeconds,
            double flops, Optional<OptionalRun> optional, Optional<PeerBenchmark.Result> peer) {
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
        // As translate decodes a document: several batches go to the decoding workers (decision 0029).
        List<int[]> reference = engine.generateDocument(inputs, settings, batch);
        double elapsed = seconds(start);
        for (int at = 0; at < inputs.size(); at += batch) {
            flops += flops(inputs.subList(at, Math.min(inputs.size(), at + batch)), beams, tokens,
                    settings.forcedEosId().isPresent());
        }
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        Optional<OptionalRun> other = Optional.empty();
        if (optional != null) {
            long otherStart = System.nanoTime();
            long otherCpuStart = processCpuNanos();
            List<int[]> outputs = optional.generateDocument(inputs, settings, batch);
            double otherSeconds = seconds(otherStart);
            double otherCpu = (processCpuNanos() - otherCpuStart) / 1e9;
            int words = 0;
            for (int at = 0; at < inputs.size(); at += batch) {
                words = Math.max(words, optional.words(inputs.subList(at, Math.min(inputs.size(), at + batch)), settings));
            }
            int identical = 0;
            for (int i = 0; i < outputs.size(); i++) {
                identical += java.util.Arrays.equals(outputs.get(i), reference.get(i)) ? 1 : 0;
            }
            other = Optional.of(new OptionalRun(otherSeconds, otherCpu, identical, words));
        }
        return new Round(ceiling, inputs.size(), tokens, elapsed, cpuSeconds, flops, other,
                peer.run(inputs, beams, batch, tokens, label, report));
    }

    /**
     * The optional setting's pass of a round, how many of its outputs equal the default's, and the
     * most words one of its batches chose among (-1 for the whole vocabulary).
     */
    private record OptionalRun(double seconds, double cpuSeconds, int identical, int words) {
    }

    /** Opens the optional setting, or returns null when there is none or it cannot run here. */
    private OptionalDecoder openOptional(ModelPack pack, TranslationEngine engine, LanguagePair pair,
            List<Workload> workloads, BenchmarkReport report) throws IOException, PackDamagedException {
        if (options.shortlist() == ShortlistSetting.ON) {
            List<List<int[]>> inputs = workloads.stream().map(w -> w.sentences().stream()
                    .map(s -> engine.encode(s, pair)).toList()).toList();
            OptionalDecoder decoder = OptionalDecoder.shortlist(engine, InputShortlist.of(inputs,
                    shape.vocab()));
            report.note(decoder.tag() + "each round also decodes its sentences with the default engine choosing "
                    + "each word among a shortlist (the union, per batch, of " + InputShortlist.PER_WORD
                    + " candidates for each of its source tokens plus the " + InputShortlist.FREQUENT
                    + " most frequent words: random weights have no parallel text, so the candidates are drawn and "
                    + "the lowest ids stand for the most frequent), right after the default and before the peer");
            return decoder;
        }
        if (options.compared() == null) {
            return null;
        }
        TranslationEngine other = TranslationEngine.open(pack, options.compared(), ShortlistSetting.OFF);
        if (other.precision() == engine.precision()) {
            report.note("precision " + options.compared().label() + " is not available here ("
                    + Seq2SeqModel.bf16Unavailable().orElse("?") + "): nothing is compared");
            other.close();
            return null;
        }
        OptionalDecoder decoder = OptionalDecoder.otherPrecision(other);
        report.note(decoder.tag() + "each round also decodes its sentences with " + other.precision().label()
                + " matrix products, right after the pack's own and before the peer; those figures are on lines of "
                + "their own");
        return decoder;
    }

    /** What the engine's products run at, and why: every figure that follows is at it. */
    private String precisionNote(TranslationEngine engine) {
        Precision declared = engine.pack().manifest().declaredPrecision();
        String products = engine.precision() == Precision.BF16
                ? "bf16 (weights and product inputs rounded to bfloat16, float32 accumulation; the ceiling is "
                        + "bfloat16 products too)"
                : "fp32 (exact float32)";
        String why = declared == engine.precision()
                ? "the benchmark pack's declared precision ('rendition models precision NAME " + declared.label()
                        + "'; bench --precision fp32 measures exact float32)"
                : declared.label() + " is not available here (" + Seq2SeqModel.bf16Unavailable().orElse("?") + ")";
        return "matrix products: " + products + ": " + why + "; the peer computes in float32";
    }

    private void closeOptional() {
        if (optional != null) {
            optional.close();
            optional = null;
        }
    }

    private void reportOptional(String label, Round[] rounds, Lowest lowest, BenchmarkReport report) {
        String tagged = optional.tag() + label;
        report.figure(tagged + ": sentences/s", spread(rounds, r -> r.sentences() / r.optional().get().seconds()),
                "sent/s");
        report.figure(tagged + ": sentences per CPU-second",
                spread(rounds, r -> r.sentences() / r.optional().get().cpuSeconds()), "sent/CPU-s");
        report.figure(tagged + ": speed against the pack's own setting in the same round",
                spread(rounds, r -> r.seconds() / r.optional().get().seconds()), "×");
        report.figure(tagged + ": outputs identical to the pack's own setting's (random weights)",
                Arrays.stream(rounds).mapToInt(r -> r.optional().get().identical()).sum(), "of "
                        + Arrays.stream(rounds).mapToInt(Round::sentences).sum());
        int words = Arrays.stream(rounds).mapToInt(r -> r.optional().get().words()).max().orElse(-1);
        if (words > 0) {
            report.figure(tagged + ": most words a batch chose among", words, "of " + shape.vocab());
        }
        if (Arrays.stream(rounds).allMatch(r -> r.peer().isPresent())) {
            Spread ratio = spread(rounds, r -> r.sentences() / r.optional().get().seconds()
                    / r.peer().get().sentencesPerSecond());
            report.figure(tagged + ": Rendition " + optional.label() + " / peer", ratio, "×");
            report.figure(tagged + ": Rendition " + optional.label() + " / peer, per CPU-second",
                    spread(rounds, r -> r.sentences() / r.optional().get().cpuSeconds()
                            / r.peer().get().sentencesPerCpuSecond()), "×");
            lowest.ratio(ratio.median(), tagged);
        }
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
     * source keys and values of every decoder layer), then {@code tokens} decoder steps; when the
     * last token is forced (end-of-sentence at the fixed length), its step projects onto no words.
     */
    private double flops(List<int[]> batch, int beams, int tokens, boolean lastForced) {
        int width = batch.stream().mapToInt(ids -> ids.length).max().orElse(0);
        double d = shape.dModel();
        double encoderPerToken = 2 * (shape.layers() * (4 * d * d + 2 * d * shape.ffn()) + shape.layers() * 2 * d * d);
        MatmulCeiling.StepShape step = stepShape(batch.size() * beams);
        double decoder = tokens * step.flops() - (lastForced ? step.vocabularyFlops() : 0);
        return encoderPerToken * batch.size() * width + decoder;
    }

    private MatmulCeiling.StepShape stepShape(int rows) {
        return new MatmulCeiling.StepShape(rows, shape.dModel(), shape.ffn(), shape.layers(), shape.vocab());
    }

    /**
     * Measured just before the configuration it is compared with, so that both see the same load
     * on a shared machine; the fastest of 10 repetitions (each round measures its own).
     */
    private MatmulCeiling.Result ceiling(int rows) {
        return ceilingWeights.measure(rows, CEILING_REPETITIONS);
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
