package org.rendition.workflow.translate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rendition.workflow.WorkflowException;

/**
 * Where a document's database writes happen: saving each segment, its history row, a confirmed
 * pair in the memory. In the workstation one background thread takes them in order, so an edit
 * confirmed on the window's thread never waits for the disk, and a run's rows and the analyst's
 * edits reach the database in the order they happened. The command line and tests write on the
 * calling thread.
 */
final class ProfileWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ProfileWriter.class.getName());
    /** Long enough for the queue of a whole document's rows on a slow disk. */
    private static final long DRAIN_SECONDS = 30;

    private final ExecutorService thread;
    private volatile Consumer<WorkflowException> failures = failure ->
            LOG.log(Level.WARNING, "A profile write failed: " + failure.getMessage(), failure);

    private ProfileWriter(ExecutorService thread) {
        this.thread = thread;
    }

    /** Writes on one background thread of their own, in the order they are submitted. */
    static ProfileWriter background() {
        return new ProfileWriter(Executors.newSingleThreadExecutor(runnable -> {
            Thread writer = new Thread(runnable, "rendition-profile-writer");
            writer.setDaemon(true);
            return writer;
        }));
    }

    /** Writes at once, on the calling thread. */
    static ProfileWriter sameThread() {
        return new ProfileWriter(null);
    }

    /** Who hears of a write that failed (a full disk, a database gone read-only). */
    void onFailure(Consumer<WorkflowException> listener) {
        this.failures = listener;
    }

    void submit(Runnable write) {
        if (thread == null) {
            write.run();
            return;
        }
        thread.execute(() -> {
            try {
                write.run();
            } catch (WorkflowException e) {
                failures.accept(e);
            }
        });
    }

    /** Waits until every write submitted so far is done, so what follows reads them. */
    void flush() {
        if (thread == null) {
            return;
        }
        Future<?> marker = thread.submit(() -> { });
        try {
            marker.get(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new WorkflowException("The profile database did not finish saving in " + DRAIN_SECONDS
                    + " seconds; the last changes may not be saved.", e);
        }
    }

    /** Finishes the queued writes, then stops. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
