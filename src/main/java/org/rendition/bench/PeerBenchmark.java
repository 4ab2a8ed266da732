package org.rendition.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the peer, {@code models/tools/peer_bench.py}: the same checkpoint and the same token ids,
 * decoded eagerly by Debian's {@code python3-torch} with a generate-style loop, at the same beam,
 * batch, output length and thread count. Where it cannot run, {@link #unavailable()} says why.
 */
final class PeerBenchmark {
    private static final long TIMEOUT_MINUTES = 30;

    private final Path python;
    private final Path script;
    private final Path checkpoint;
    private final int threads;

    /**
     * Measured peer throughput.
     *
     * @param sentencesPerSecond sentences per second of decoding wall-clock time
     * @param tokensPerSecond generated tokens per second
     * @param sentencesPerCpuSecond sentences per second of the peer process's CPU time
     * @param description the peer's own account: torch version, BLAS library, threads
     */
    record Result(double sentencesPerSecond, double tokensPerSecond, double sentencesPerCpuSecond,
            String description) {
    }

    PeerBenchmark(Path python, Path script, Path checkpoint, int threads) {
        this.python = python;
        this.script = script;
        this.checkpoint = checkpoint;
        this.threads = threads;
    }

    /** Why the peer cannot run here, or empty when it can. */
    Optional<String> unavailable() {
        if (!Files.isExecutable(python)) {
            return Optional.of(python + " is not installed");
        }
        if (!Files.isRegularFile(script)) {
            return Optional.of(script + " is not there (run from the repository root)");
        }
        try {
            Process probe = new ProcessBuilder(python.toString(), "-c", "import torch, numpy")
                    .redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!probe.waitFor(2, TimeUnit.MINUTES) || probe.exitValue() != 0) {
                return Optional.of(python + " cannot import torch and numpy (apt-get install -y python3-torch): "
                        + lastLine(output));
            }
        } catch (IOException e) {
            return Optional.of(python + " does not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
        return Optional.empty();
    }

    /** Writes the batches' token ids for the peer to read. */
    static Path writeInputs(Path file, List<int[]> inputs) throws IOException {
        JsonArray rows = new JsonArray();
        for (int[] ids : inputs) {
            JsonArray row = new JsonArray();
            for (int id : ids) {
                row.add(id);
            }
            rows.add(row);
        }
        JsonObject json = new JsonObject();
        json.add("inputs", rows);
        Files.writeString(file, json.toString());
        return file;
    }

    /** Decodes {@code inputs} as the peer does; the error message says why a run failed. */
    Result run(Path inputs, int beams, int batch, int tokens) throws IOException {
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(),
                "--checkpoint", checkpoint.toString(), "--inputs", inputs.toString(), "--beams",
                Integer.toString(beams), "--batch", Integer.toString(batch), "--tokens", Integer.toString(tokens),
                "--threads", "1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Debian's torch hands matrix products to OpenBLAS, whose own thread pool ignores
        // torch.set_num_threads. The peer's fastest setting here (measured, docs/benchmarks.md) is
        // the BLAS on all the threads and torch's own OpenMP on one: two pools of spinning threads
        // on two cores slowed it several times over.
        builder.environment().put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("the peer failed: " + lastLine(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonObject json = JsonParser.parseString(lastLine(output)).getAsJsonObject();
        return new Result(json.get("sentences_per_s").getAsDouble(), json.get("tokens_per_s").getAsDouble(),
                json.get("sentences_per_cpu_s").getAsDouble(),
                json.get("peer").getAsString() + ", " + json.get("blas").getAsString() + " " + threads
                        + " threads");
    }

    private static String lastLine(String output) {
        String[] lines = output.split("\n");
        return lines[lines.length - 1];
    }
}
