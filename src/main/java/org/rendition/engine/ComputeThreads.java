package org.rendition.engine;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * How many CPU threads PyTorch may use inside one operation. By default it takes every core,
 * which on a two-core workstation leaves the window's thread waiting for a core while the model
 * runs; an interactive program gives one core back.
 */
public final class ComputeThreads {
    private ComputeThreads() {
    }

    /**
     * Lets the model use all cores but one (at least one), unless the user chose a number with
     * {@code -Dai.djl.pytorch.num_threads}.
     *
     * @return the number of threads PyTorch now uses
     */
    public static int leaveOneCoreFree() {
        OfflineMode.enforce();
        Engine.getEngine("PyTorch");
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            // On the small models measured, one thread per operation was as fast as two (docs/benchmarks.md).
            JniUtils.setNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        }
        return JniUtils.getNumThreads();
    }

    /**
     * Lets PyTorch use {@code threads} threads inside one operation (the benchmark uses every core,
     * as a batch job would), unless the user chose a number with {@code -Dai.djl.pytorch.num_threads}.
     *
     * @return the number of threads PyTorch now uses
     */
    public static int use(int threads) {
        OfflineMode.enforce();
        Engine.getEngine("PyTorch");
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            JniUtils.setNumThreads(Math.max(1, threads));
        }
        return JniUtils.getNumThreads();
    }

    /** The number of threads PyTorch uses inside one operation started on the calling thread. */
    public static int current() {
        OfflineMode.enforce();
        Engine.getEngine("PyTorch");
        return JniUtils.getNumThreads();
    }
}
