package org.rendition.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the peer, {@code models/tools/peer_bench.py}: the same checkpoint and the same token ids,
 * decoded eagerly by Debian's {@code python3-torch} with a generate-style loop, at the same beam,
 * batch, output length and thread count. Where it cannot run, {@link #unavailable()} says why.
 */
final class PeerBenchmark {
    private static final long CLOSE_SECONDS = 10;

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

    /**
     * Starts the peer with the checkpoint loaded once ({@code --serve}): the benchmark's rounds
     * alternate between the engine and the peer, and reloading 310 MB for each would dominate them.
     */
    Session start() throws IOException {
        List<String> command = List.of(python.toString(), script.toString(), "--checkpoint", checkpoint.toString(),
                "--threads", "1", "--serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // Debian's torch hands matrix products to OpenBLAS, whose own thread pool ignores
        // torch.set_num_threads. The peer's fastest setting here (measured, docs/benchmarks.md) is
        // the BLAS on all the threads and torch's own OpenMP on one: two pools of spinning threads
        // on two cores slowed it several times over.
        builder.environment().put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
        builder.environment().put("OMP_NUM_THREADS", "1");
        Session session = new Session(builder.start(), threads);
        session.awaitReady();
        return session;
    }

    /** A running peer process; each {@link #run} is one timed pass, answered on one line. */
    static final class Session implements AutoCloseable {
        private final Process process;
        private final BufferedReader answers;
        private final Writer requests;
        private final int threads;

        private Session(Process process, int threads) {
            this.process = process;
            this.threads = threads;
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        private void awaitReady() throws IOException {
            JsonObject ready = answer();
            if (!ready.has("ready")) {
                close();
                throw new IOException("the peer did not start: " + ready);
            }
        }

        /** Decodes {@code inputs} in batches of {@code batch}; the error message says why a run failed. */
        Result run(List<int[]> inputs, int beams, int batch, int tokens) throws IOException {
            JsonArray rows = new JsonArray();
            for (int[] ids : inputs) {
                JsonArray row = new JsonArray();
                for (int id : ids) {
                    row.add(id);
                }
                rows.add(row);
            }
            JsonObject request = new JsonObject();
            request.add("inputs", rows);
            request.addProperty("beams", beams);
            request.addProperty("batch", batch);
            request.addProperty("tokens", tokens);
            requests.write(request + "\n");
            requests.flush();
            JsonObject json = answer();
            return new Result(json.get("sentences_per_s").getAsDouble(), json.get("tokens_per_s").getAsDouble(),
                    json.get("sentences_per_cpu_s").getAsDouble(),
                    json.get("peer").getAsString() + ", " + json.get("blas").getAsString() + " " + threads
                            + " threads");
        }

        private JsonObject answer() throws IOException {
            String line = answers.readLine();
            if (line == null) {
                throw new IOException("the peer stopped (exit status " + exitStatus() + ")");
            }
            try {
                return JsonParser.parseString(line).getAsJsonObject();
            } catch (RuntimeException e) {
                throw new IOException("the peer answered: " + line, e);
            }
        }

        private String exitStatus() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "none";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        @Override
        public void close() {
            try {
                requests.write("\n");
                requests.close();
                if (!process.waitFor(CLOSE_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.split("\n");
        return lines[lines.length - 1];
    }
}
