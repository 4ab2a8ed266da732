package org.rendition.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.GenerationSettings;

/**
 * A document's throughput as the product decodes it, against the peer: the engine's own
 * {@link TranslationEngine#generateDocument} path, its batches spread over its decoding workers
 * (decision 0029). Beside it, for the design's sake and with no ratio to the peer, the engine
 * without workers: one decoder on this thread, whose PyTorch operations use every thread. At batch
 * 16 the projections are skinny matrix products that libtorch spreads poorly over two threads,
 * and two threads synchronising at every operation suffer badly when the machine is shared.
 */
final class WorkerScaling {
    private static final int BATCH = 16;

    private WorkerScaling() {
    }

    static void measure(TranslationEngine engine, String name, List<int[]> inputs, GenerationSettings settings,
            int tokens, int threads, int rounds, PeerRounds peer, BenchmarkReport report) throws IOException {
        if (inputs.size() < BATCH * 2) {
            return;
        }
        String label = String.format("%s, %d sentences, %s, batch %d", name, inputs.size(),
                settings.numBeams() == 1 ? "greedy" : "beam " + settings.numBeams(), BATCH);
        List<List<int[]>> batches = new ArrayList<>();
        for (int at = 0; at < inputs.size(); at += BATCH) {
            batches.add(inputs.subList(at, Math.min(inputs.size(), at + BATCH)));
        }
        double[] oneDecoder = new double[rounds];
        double[] product = new double[rounds];
        double[] peerRates = new double[rounds];
        boolean peerRan = true;
        // Warm-up of both ways and the peer, not counted.
        engine.generate(batches.get(0), settings.withFixedLength(2));
        engine.generateDocument(inputs.subList(0, BATCH * 2), settings.withFixedLength(2), BATCH);
        peer.warmUp(batches.get(0), settings.numBeams(), BATCH, label, report);
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            batches.forEach(batch -> engine.generate(batch, settings));
            oneDecoder[r] = inputs.size() / seconds(start);
            start = System.nanoTime();
            engine.generateDocument(inputs, settings, BATCH);
            product[r] = inputs.size() / seconds(start);
            Optional<PeerBenchmark.Result> result = peer.run(inputs, settings.numBeams(), BATCH, tokens, label,
                    report);
            peerRan &= result.isPresent();
            peerRates[r] = result.map(PeerBenchmark.Result::sentencesPerSecond).orElse(Double.NaN);
        }
        String workers = String.format("%d decoder%s × 1 thread", engine.decoders(), engine.decoders() == 1 ? "" : "s");
        report.figure(String.format("%s: Rendition as a document is translated (%s): sentences/s", label, workers),
                Spread.of(product), "sent/s");
        report.figure(String.format("%s: without workers (1 decoder × %d threads): sentences/s", label, threads),
                Spread.of(oneDecoder), "sent/s");
        report.figure(String.format("%s: %s over 1 decoder × %d threads", label, workers, threads),
                Spread.of(ratios(product, oneDecoder)), "×");
        if (peerRan) {
            report.figure(label + ": peer sentences/s", Spread.of(peerRates), "sent/s");
            report.figure(String.format("%s: Rendition / peer", label), Spread.of(ratios(product, peerRates)), "×");
        }
    }

    private static double[] ratios(double[] engine, double[] other) {
        double[] ratios = new double[engine.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = engine[i] / other[i];
        }
        return ratios;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
