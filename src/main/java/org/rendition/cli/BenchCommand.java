package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rendition.bench.BenchmarkFigure;
import org.rendition.bench.BenchmarkReport;
import org.rendition.bench.DecodingBenchmark;
import org.rendition.bench.FullSizeBenchmark;
import org.rendition.bench.MemoryBenchmark;
import org.rendition.bench.OcrBenchmark;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.model.Precision;
import org.rendition.engine.shortlist.ShortlistSetting;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rendition bench}: with no {@code --model}, the full benchmark (a generated full-size
 * OPUS-MT-shaped model against the matmul ceiling and the peer, then TM and glossary at size);
 * with {@code --model}, decoding speed and memory of one installed pack.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Without --model: generate a full-size OPUS-MT-shaped model with random weights and print "
                + "load time, time to first segment, sentences/s and tokens/s (greedy and beam 4, batch 1 and 16) "
                + "against the machine's matmul ceiling and the python3-torch peer, peak memory, TM lookup p95 at "
                + "1M segments and glossary matching at 100k terms.",
                "With --model: decoding speed and memory of one installed pack."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME", description = "Installed pack to measure instead.")
    String model;

    @Option(names = {"-f", "--from"}, paramLabel = "LANG", description = "Source language (with --model).")
    String from;

    @Option(names = {"-t", "--to"}, defaultValue = "en", paramLabel = "LANG", description = "Target language.")
    String to;

    @Option(names = "--sentences", paramLabel = "FILE",
            description = "With --model: one sentence per line, e.g. ../shared/testsets/tatoeba-rus-eng.rus.")
    Path sentences;

    @Option(names = "--count", defaultValue = "64",
            description = "Tatoeba sentences each configuration decodes at least, over its rounds (a joined input "
                    + "counts as its four sentences); with --model, sentences read (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Rounds per configuration at least, engine and peer alternating (more where whole batches "
                    + "need them); medians and spread are printed (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--quick", description = "A short run: 12 sentences per configuration in 3 rounds (at batch 16 "
            + "one batch a round), no TM and glossary part.")
    boolean quick;

    /** More threads than this per core only make the figures worse; a larger number is a typo. */
    private static final int MOST_THREADS_PER_CORE = 4;

    @Option(names = "--threads", defaultValue = "0",
            description = "PyTorch threads for the engine and the peer (default: every core).")
    int threads;

    @Option(names = "--work-dir", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Where the generated checkpoint and its pack are kept (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", paramLabel = "FILE",
            description = "Python with Debian's python3-torch, for the peer (default: ${DEFAULT-VALUE}).")
    Path python;

    @Option(names = "--peer-script", defaultValue = "models/tools/peer_bench.py", paramLabel = "FILE",
            description = "The peer (default: ${DEFAULT-VALUE}).")
    Path peerScript;

    @Option(names = "--precision", defaultValue = "bf16", paramLabel = "P",
            description = "The precision the benchmark's full-size pack declares, as 'rendition models precision' "
                    + "does for a production pack: bf16 (the default; float32 where the processor has no bfloat16 "
                    + "products) or fp32 (exact).")
    String precision;

    @Option(names = "--compare-precision", paramLabel = "P",
            description = "Also measure the pack at this other precision in the same rounds, on lines of their own.")
    String comparePrecision;

    @Option(names = "--shortlist", description = "Also measure the engine choosing each word among a vocabulary "
            + "shortlist (an optional setting; for the random checkpoint made from the inputs' token ids, 50 "
            + "candidates each, plus 1,000 frequent words) in the same rounds as the default, on lines of their own.")
    boolean shortlist;

    @Option(names = "--no-peer", description = "Skip the python3-torch peer.")
    boolean noPeer;

    @Option(names = "--skip-memory", description = "Skip the TM (1M segments) and glossary (100k terms) part.")
    boolean skipMemory;

    @Option(names = "--tm-segments", defaultValue = "1000000", description = "TM size (default: ${DEFAULT-VALUE}).")
    int tmSegments;

    @Option(names = "--glossary-terms", defaultValue = "100000",
            description = "Glossary size (default: ${DEFAULT-VALUE}).")
    int glossaryTerms;

    @Option(names = "--tm-db", paramLabel = "FILE",
            description = "Keep the TM database here and reuse it next time (saves the build).")
    Path tmDatabase;

    @Option(names = "--tm-server", paramLabel = "URL",
            description = "Also time TM lookups on this team server (postgresql://login@host:port/database, set up"
                    + " with 'rendition team init'); its memory is built once and reused.")
    String tmServer;

    @Option(names = "--memory-only", description = "Only the TM and glossary part (no decoding).")
    boolean memoryOnly;

    @Option(names = "--ocr", paramLabel = "PAGES", arity = "0..1", fallbackValue = "5",
            description = "Measure OCR instead: full A4 pages of Russian read at 300 dpi, pages per second "
                    + "(default: 5 pages).")
    Integer ocrPages;

    @Mixin
    ModelsDirectoryOption models;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BenchmarkReport report = new BenchmarkReport() {
            @Override
            public void figure(BenchmarkFigure figure) {
                out.printf("  %-78s %10.2f %s%n", figure.name(), figure.value(), figure.unit());
                out.flush();
            }

            @Override
            public void note(String line) {
                out.println(line);
                out.flush();
            }
        };
        int cores = Runtime.getRuntime().availableProcessors();
        if (memoryOnly) {
            out.printf("Rendition memory benchmark: %,d TM segments, %,d glossary terms, %d cores%n", tmSegments,
                    glossaryTerms, cores);
            MemoryBenchmark.run(shared.resolve("testsets"), tmSegments, glossaryTerms, tmDatabase, tmServer, report);
            return 0;
        }
        if (ocrPages != null) {
            out.printf("Rendition OCR benchmark: %d full A4 pages of Russian at 300 dpi, %d cores%n", ocrPages, cores);
            new OcrBenchmark(ocrPages).run(report);
            return 0;
        }
        if (model == null) {
            out.printf("Rendition benchmark: full-size OPUS-MT-shaped model (6+6 layers, d_model 512, vocabulary "
                    + "65,001, random weights), %d cores%n", cores);
            if (rounds < 1 || count < rounds) {
                throw new WorkflowException("Give --rounds of at least 1 and --count of at least --rounds.");
            }
            if (threads < 0 || threads > MOST_THREADS_PER_CORE * cores) {
                throw new WorkflowException("Give --threads from 1 to " + MOST_THREADS_PER_CORE * cores
                        + " (this machine has " + cores + " cores), or leave it out for every core.");
            }
            Precision packPrecision = PrecisionOption.parse("--precision", precision);
            Precision compared = comparePrecision == null ? null
                    : PrecisionOption.parse("--compare-precision", comparePrecision);
            FullSizeBenchmark.Options options;
            try {
                options = new FullSizeBenchmark.Options(workDir, shared, quick ? 12 : count, quick ? 3 : rounds, 32,
                        threads > 0 ? threads : cores, python, peerScript, !noPeer, !skipMemory && !quick, tmSegments,
                        glossaryTerms, tmDatabase, tmServer, packPrecision, compared,
                        shortlist ? ShortlistSetting.ON : ShortlistSetting.OFF);
            } catch (IllegalArgumentException e) {
                throw new WorkflowException(e.getMessage(), e);
            }
            try {
                new FullSizeBenchmark(options).run(report);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // A damaged benchmark pack or checkpoint in the work folder, a full disk: say it, no trace.
                throw new WorkflowException("The benchmark could not prepare its model in " + workDir + ": "
                        + e.getMessage() + " Delete that folder to start afresh.", e);
            }
            return 0;
        }
        if (from == null || sentences == null) {
            throw new WorkflowException("With --model, give --from LANG and --sentences FILE too.");
        }
        LanguagePair pair = new LanguagePair(Language.require(from), Language.require(to));
        List<String> inputs = DecodingBenchmark.readSentences(sentences, count);
        DecodingBenchmark benchmark = DecodingBenchmark.ofInstalledPack(models.resolve(), model, pair, inputs);
        out.printf("Rendition decoding benchmark: pack %s, %s, %d sentences from %s, %d cores%n",
                benchmark.packName(), pair, inputs.size(), sentences.getFileName(), cores);
        benchmark.run(report::figure);
        return 0;
    }
}
