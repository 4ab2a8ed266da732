package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rendition.engine.decode.CancelSignal;

/**
 * A worker's single-threaded setting is its own: libtorch's count goes to OpenMP's and MKL's
 * per-thread settings, so the thread that opened the engine keeps both cores. Shown by who does
 * the work: while a thread multiplies large matrices, the CPU time the rest of the process spends
 * (OpenMP's helper threads) is about as much as the thread's own with two threads, and next to
 * nothing with one.
 */
class ComputeThreadsPerThreadTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void aWorkerMultipliesAloneWhileTheOpeningThreadStillUsesTwoThreads() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "two cores are needed to see two threads");
        int before = ComputeThreads.current();
        JniUtils.setNumThreads(2);
        try (DecodingWorkers workers = DecodingWorkers.start(2, () -> { })) {
            List<Double> workerShare = new ArrayList<>();
            AtomicInteger workerThreads = new AtomicInteger();
            workers.runAll(List.<Function<CancelSignal, Double>>of(signal -> {
                workerThreads.set(JniUtils.getNumThreads());
                // The process's other work (compiling, collecting) only adds to the share: take the lower.
                return Math.min(othersCpuPerOwnCpu(), othersCpuPerOwnCpu());
            }), CancelSignal.NEVER, (i, share) -> workerShare.add(share));
            assertEquals(1, workerThreads.get());
            assertTrue(workerShare.get(0) < 0.25, "helpers worked beside a worker: " + workerShare);

            assertEquals(2, JniUtils.getNumThreads(), "the opening thread keeps its count");
            double openerShare = othersCpuPerOwnCpu();
            assertTrue(openerShare > 0.5, "the opening thread multiplied alone: " + openerShare);

            AtomicInteger later = new AtomicInteger();
            Thread thread = new Thread(() -> later.set(JniUtils.getNumThreads()));
            thread.start();
            thread.join();
            assertEquals(2, later.get(), "a thread started after the workers takes the opening thread's count");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            JniUtils.setNumThreads(before);
        }
    }

    /** Multiplies 512 × 512 matrices for about a quarter of a CPU-second of this thread's time. */
    private static double othersCpuPerOwnCpu() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray matrix = manager.randomUniform(0, 1, new Shape(512, 512));
            matrix.matMul(matrix).close();
            long process = processCpuNanos();
            long own = THREADS.getCurrentThreadCpuTime();
            while (THREADS.getCurrentThreadCpuTime() - own < 250_000_000L) {
                matrix.matMul(matrix).close();
            }
            long ownSpent = THREADS.getCurrentThreadCpuTime() - own;
            return (double) (processCpuNanos() - process - ownSpent) / ownSpent;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
