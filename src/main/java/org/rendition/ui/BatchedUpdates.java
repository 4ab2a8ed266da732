package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Results a background task hands to the window, delivered in batches at most every
 * {@link #INTERVAL_MS} ms. One update per finished segment would re-lay out and repaint the table
 * for every sentence; a few per second are enough for the eye and leave the FX thread free.
 *
 * @param <T> what the task produces
 */
final class BatchedUpdates<T> {
    static final long INTERVAL_MS = 150;
    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final Consumer<List<T>> apply;
    private long lastFlushNanos = System.nanoTime();

    /** @param apply runs on the FX thread with the results in the order they came */
    BatchedUpdates(Consumer<List<T>> apply) {
        this.apply = apply;
    }

    /** Called from the background thread for each result. */
    void add(T result) {
        pending.add(result);
        if (System.nanoTime() - lastFlushNanos >= INTERVAL_MS * 1_000_000) {
            flush();
        }
    }

    /** Sends what is waiting; the task calls this once more when it ends, however it ends. */
    void flush() {
        lastFlushNanos = System.nanoTime();
        List<T> batch = new ArrayList<>();
        for (T next; (next = pending.poll()) != null;) {
            batch.add(next);
        }
        if (!batch.isEmpty()) {
            Platform.runLater(() -> apply.accept(batch));
        }
    }
}
