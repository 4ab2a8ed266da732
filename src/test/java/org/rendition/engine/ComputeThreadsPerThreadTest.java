package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rendition.engine.decode.CancelSignal;

/**
 * A worker's single-threaded setting is its own: libtorch's count goes to OpenMP's and MKL's
 * per-thread settings, so a thread started after the workers still gets two threads. Shown by who
 * does the work while a thread multiplies large matrices: OpenMP's helper threads, which Linux
 * names after the thread that started them, spend about as much CPU time as the thread itself with
 * two threads, and none with one. (The rest of the process, compiling and collecting, is not
 * counted, so the figures hold in a busy test run.)
 */
class ComputeThreadsPerThreadTest {
    @Test
    void aWorkerMultipliesAloneWhileALaterThreadStillUsesTwoThreads() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "two cores are needed to see two threads");
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self/")), "per-thread CPU time is read from Linux's /proc");
        int before = ComputeThreads.current();
        JniUtils.setNumThreads(2);
        try (DecodingWorkers workers = DecodingWorkers.start(2, () -> { })) {
            List<Double> workerShare = new ArrayList<>();
            AtomicInteger workerThreads = new AtomicInteger();
            workers.runAll(List.<Function<CancelSignal, Double>>of(signal -> {
                workerThreads.set(JniUtils.getNumThreads());
                return helpersCpuPerOwnCpu();
            }), CancelSignal.NEVER, (i, share) -> workerShare.add(share));
            assertEquals(1, workerThreads.get());
            assertTrue(workerShare.get(0) < 0.1, "helpers worked beside a worker: " + workerShare);

            AtomicInteger laterThreads = new AtomicInteger();
            AtomicReference<Double> laterShare = new AtomicReference<>();
            Thread later = new Thread(() -> {
                laterThreads.set(JniUtils.getNumThreads());
                laterShare.set(helpersCpuPerOwnCpu());
            }, "later-probe");
            later.start();
            later.join();
            assertEquals(2, laterThreads.get(), "a thread started after the workers takes the opening thread's count");
            assertTrue(laterShare.get() > 0.5, "the later thread multiplied alone: " + laterShare.get());
        } finally {
            JniUtils.setNumThreads(before);
        }
    }

    /**
     * Multiplies 512 × 512 matrices for about 0.4 CPU-seconds of this thread's time; returns the CPU
     * time of the other threads named like this one (its OpenMP helpers, or an idle fellow worker)
     * per CPU time of its own.
     */
    private static double helpersCpuPerOwnCpu() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray matrix = manager.randomUniform(0, 1, new Shape(512, 512));
            matrix.matMul(matrix).close();
            String self = Path.of("/proc/thread-self").toRealPath().getFileName().toString();
            String name = Files.readString(Path.of("/proc/self/task", self, "comm")).strip();
            long[] start = cpuTicks(self, name);
            long[] now = start;
            while (now[0] - start[0] < 40) {
                for (int i = 0; i < 10; i++) {
                    matrix.matMul(matrix).close();
                }
                now = cpuTicks(self, name);
            }
            return (double) (now[1] - start[1]) / (now[0] - start[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clock ticks of user and system time: this thread's, and the other threads' named {@code name}. */
    private static long[] cpuTicks(String self, String name) throws IOException {
        long[] ticks = new long[2];
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (!Files.readString(task.resolve("comm")).strip().equals(name)) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long spent = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    ticks[task.getFileName().toString().equals(self) ? 0 : 1] += spent;
                } catch (java.nio.file.NoSuchFileException ended) {
                    // a thread that ended meanwhile
                }
            }
        }
        return ticks;
    }
}
