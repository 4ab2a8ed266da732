package org.rendition.bench;

import org.rendition.bench.BenchmarkReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rendition.engine.ComputeThreads;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.GenerationSettings;

/**
 * Document throughput two ways on the same cores: one decoder whose PyTorch operations use every
 * thread, against one decoder per thread, each on its own batches with single-threaded operations
 * (the model's weights are shared; each run has its own managers). At batch 16 the projections
 * are skinny matrix products that libtorch spreads poorly over two threads, and two threads
 * synchronising at every operation suffer badly when the machine is shared.
 */
final class WorkerScaling {
    private static final int BATCH = 16;

    private WorkerScaling() {
    }

    static void measure(TranslationEngine engine, String name, List<int[]> inputs, GenerationSettings settings,
            int tokens, int threads, int rounds, PeerRounds peer, BenchmarkReport report) throws IOException {
        if (threads < 2 || inputs.size() < BATCH * threads) {
            return;
        }
        String label = String.format("%s, %d sentences, %s, batch %d", name, inputs.size(),
                settings.numBeams() == 1 ? "greedy" : "beam " + settings.numBeams(), BATCH);
        List<List<int[]>> batches = new ArrayList<>();
        for (int at = 0; at < inputs.size(); at += BATCH) {
            batches.add(inputs.subList(at, Math.min(inputs.size(), at + BATCH)));
        }
        double[] oneDecoder = new double[rounds];
        double[] perThread = new double[rounds];
        double[] peerRates = new double[rounds];
        boolean peerRan = true;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            // Warm-up of both ways and the peer, not counted.
            engine.generate(batches.get(0), settings.withFixedLength(2));
            ComputeThreads.use(1);
            run(workers, batches.subList(0, threads), engine, settings.withFixedLength(2));
            ComputeThreads.use(threads);
            peer.warmUp(batches.get(0), settings.numBeams(), BATCH, label, report);
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                batches.forEach(batch -> engine.generate(batch, settings));
                oneDecoder[r] = inputs.size() / seconds(start);
                ComputeThreads.use(1);
                start = System.nanoTime();
                run(workers, batches, engine, settings);
                perThread[r] = inputs.size() / seconds(start);
                ComputeThreads.use(threads);
                Optional<PeerBenchmark.Result> result = peer.run(inputs, settings.numBeams(), BATCH, tokens, label,
                        report);
                peerRan &= result.isPresent();
                peerRates[r] = result.map(PeerBenchmark.Result::sentencesPerSecond).orElse(Double.NaN);
            }
        } finally {
            workers.shutdown();
            ComputeThreads.use(threads);
        }
        report.figure(String.format("%s: 1 decoder × %d threads: sentences/s", label, threads), Spread.of(oneDecoder),
                "sent/s");
        report.figure(String.format("%s: %d decoders × 1 thread: sentences/s", label, threads), Spread.of(perThread),
                "sent/s");
        if (peerRan) {
            report.figure(label + ": peer sentences/s", Spread.of(peerRates), "sent/s");
            report.figure(String.format("%s: Rendition (1 decoder) / peer", label),
                    Spread.of(ratios(oneDecoder, peerRates)), "×");
            report.figure(String.format("%s: Rendition (%d decoders) / peer", label, threads),
                    Spread.of(ratios(perThread, peerRates)), "×");
        }
    }

    private static double[] ratios(double[] engine, double[] peer) {
        double[] ratios = new double[engine.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = engine[i] / peer[i];
        }
        return ratios;
    }

    private static void run(ExecutorService workers, List<List<int[]>> batches, TranslationEngine engine,
            GenerationSettings settings) throws IOException {
        List<Future<?>> pending = new ArrayList<>();
        for (List<int[]> batch : batches) {
            pending.add(workers.submit(() -> engine.generate(batch, settings)));
        }
        try {
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("A decoding worker failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
