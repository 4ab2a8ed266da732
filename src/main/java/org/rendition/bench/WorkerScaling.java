package org.rendition.bench;

import org.rendition.bench.BenchmarkReport;
import org.rendition.bench.PeerBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            int tokens, int threads, Optional<PeerBenchmark> peer, BenchmarkReport report)
            throws IOException {
        if (threads < 2 || inputs.size() < BATCH * threads) {
            return;
        }
        String label = String.format("%s, %d sentences, %s, batch %d", name, inputs.size(),
                settings.numBeams() == 1 ? "greedy" : "beam " + settings.numBeams(), BATCH);
        List<List<int[]>> batches = new ArrayList<>();
        for (int at = 0; at < inputs.size(); at += BATCH) {
            batches.add(inputs.subList(at, Math.min(inputs.size(), at + BATCH)));
        }
        long start = System.nanoTime();
        batches.forEach(batch -> engine.generate(batch, settings));
        double oneDecoder = inputs.size() / seconds(start);
        report.figure(String.format("%s: 1 decoder × %d threads: sentences/s", label, threads), oneDecoder, "sent/s");

        ComputeThreads.use(1);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            run(workers, batches.subList(0, threads), engine, settings.withFixedLength(2));
            start = System.nanoTime();
            run(workers, batches, engine, settings);
            double perThread = inputs.size() / seconds(start);
            report.figure(String.format("%s: %d decoders × 1 thread: sentences/s", label, threads), perThread,
                    "sent/s");
            if (peer.isPresent()) {
                Path file = PeerBenchmark.writeInputs(Files.createTempFile("rendition-peer", ".json"), inputs);
                try {
                    double peerRate = peer.get().run(file, settings.numBeams(), BATCH, tokens).sentencesPerSecond();
                    report.figure(label + ": peer sentences/s", peerRate, "sent/s");
                    report.figure(String.format("%s: Rendition (%d decoders) / peer", label, threads),
                            perThread / peerRate, "×");
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        } finally {
            workers.shutdown();
            ComputeThreads.use(threads);
        }
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
