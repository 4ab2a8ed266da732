package org.rendition.bench;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The peer's side of the interleaved rounds: one peer process for the whole run, or none when it
 * cannot run here. A failed round is reported once and ends the peer's part, not the benchmark.
 */
final class PeerRounds implements AutoCloseable {
    private PeerBenchmark.Session session;

    private PeerRounds(PeerBenchmark.Session session) {
        this.session = session;
    }

    /** Starts the peer unless {@code missing} says why it cannot run; a failed start is reported. */
    static PeerRounds start(PeerBenchmark peer, Optional<String> missing, BenchmarkReport report) {
        if (missing.isPresent()) {
            return new PeerRounds(null);
        }
        try {
            return new PeerRounds(peer.start());
        } catch (IOException e) {
            report.note("peer skipped: " + e.getMessage());
            return new PeerRounds(null);
        }
    }

    /** A pass at a short fixed length, not counted, so the peer's first round is not its slowest. */
    void warmUp(List<int[]> inputs, int beams, int batch, String label, BenchmarkReport report) {
        run(inputs, beams, batch, 2, label, report);
    }

    /** One timed pass, or empty when the peer is not running. */
    Optional<PeerBenchmark.Result> run(List<int[]> inputs, int beams, int batch, int tokens, String label,
            BenchmarkReport report) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(session.run(inputs, beams, batch, tokens));
        } catch (IOException | RuntimeException e) {
            report.note("peer stopped at " + label + ": " + e.getMessage());
            close();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
