package org.rendition.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * One background thread for all model work: an engine and its predictor must not be used by two
 * threads at once, and on a two-core machine a second translation would only slow the first.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rendition-worker");
        thread.setDaemon(true);
        // Below the FX thread, so the window stays responsive while the model works.
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    @Override
    public void execute(Task<?> task) {
        executor.execute(task);
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}
