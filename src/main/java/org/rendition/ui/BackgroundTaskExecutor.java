package org.rendition.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;

/**
 * One background thread for all model work: an engine and its predictor must not be used by two
 * threads at once, and on a two-core machine a second translation would only slow the first.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private static final long SHUTDOWN_WAIT_SECONDS = 5;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rendition-worker");
        thread.setDaemon(true);
        // Below the FX thread, so the window stays responsive while the model works.
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    /** A background task that runs {@code work} and reports nothing, such as a warm-up. */
    static Task<Void> task(Runnable work) {
        return new Task<>() {
            @Override
            protected Void call() {
                work.run();
                return null;
            }
        };
    }

    /** A background task that computes a value, for the caller to show when it succeeds. */
    static <T> Task<T> computing(java.util.concurrent.Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }

    @Override
    public void execute(Task<?> task) {
        executor.execute(task);
    }

    /**
     * Waits a few seconds for the running task, which a cancelled translation leaves at its next
     * decoding step; no interrupt, since an interrupt can close a file channel the model reads.
     */
    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
