package org.rendition.workflow.translate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rendition.workflow.ServerUnreachableException;
import org.rendition.workflow.WorkflowException;

/**
 * Where a document's database writes happen: saving each segment, its history row, a confirmed
 * pair in the memory. In the workstation one background thread takes them in order, so an edit
 * confirmed on the window's thread never waits for the disk or the network, and a run's rows and
 * the analyst's edits reach the database in the order they happened. The command line and tests
 * write on the calling thread.
 *
 * <p>When the team server stops answering, the write that failed stays first in the queue and is
 * tried again (after 1 s, then up to every 10 s) until the server is back; later writes wait
 * behind it, so the order holds and nothing is dropped, as memoQ's synchronised remote memories
 * keep working offline. Whoever listens to {@link #onServerState} hears how many wait.
 */
final class ProfileWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ProfileWriter.class.getName());
    /** Long enough for the queue of a whole document's rows on a slow disk. */
    private static final long DRAIN_SECONDS = 30;
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long LONGEST_RETRY_MILLIS = 10_000;

    private final Object lock = new Object();
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final Thread worker;
    private boolean closed;
    private String unreachable;
    private volatile Consumer<WorkflowException> failures = failure ->
            LOG.log(Level.WARNING, "A profile write failed: " + failure.getMessage(), failure);
    private volatile Consumer<ServerQueue> serverState = state -> { };

    private ProfileWriter(boolean background) {
        if (background) {
            worker = new Thread(this::drain, "rendition-profile-writer");
            worker.setDaemon(true);
            worker.start();
        } else {
            worker = null;
        }
    }

    /** Writes on one background thread of their own, in the order they are submitted. */
    static ProfileWriter background() {
        return new ProfileWriter(true);
    }

    /** Writes at once, on the calling thread. */
    static ProfileWriter sameThread() {
        return new ProfileWriter(false);
    }

    /** Who hears of a write that failed for good (a full disk, a refusal by the server). */
    void onFailure(Consumer<WorkflowException> listener) {
        this.failures = listener;
    }

    /** Who hears that the team server stopped or started answering, and how many writes wait. */
    void onServerState(Consumer<ServerQueue> listener) {
        this.serverState = listener;
    }

    void submit(Runnable write) {
        if (worker == null) {
            write.run();
            return;
        }
        boolean waiting;
        synchronized (lock) {
            queue.addLast(write);
            waiting = unreachable != null;
            lock.notifyAll();
        }
        if (waiting) {
            announce();
        }
    }

    /** How many writes have not reached the database yet. */
    int waiting() {
        synchronized (lock) {
            return queue.size();
        }
    }

    private void drain() {
        long retry = FIRST_RETRY_MILLIS;
        while (true) {
            Runnable next;
            synchronized (lock) {
                while (queue.isEmpty() && !closed) {
                    waitOn(lock, 0);
                }
                if (queue.isEmpty()) {
                    return;
                }
                next = queue.peekFirst();
            }
            try {
                next.run();
                done();
                if (clearUnreachable()) {
                    announce();
                }
                retry = FIRST_RETRY_MILLIS;
            } catch (ServerUnreachableException e) {
                synchronized (lock) {
                    unreachable = e.getMessage();
                }
                announce();
                synchronized (lock) {
                    if (closed) {
                        LOG.warning(queue.size() + " change(s) could not reach the team server before closing: "
                                + e.getMessage());
                        return;
                    }
                    waitOn(lock, retry);
                }
                retry = Math.min(retry * 2, LONGEST_RETRY_MILLIS);
            } catch (WorkflowException e) {
                done();
                failures.accept(e);
            } catch (RuntimeException e) {
                done();
                failures.accept(new WorkflowException("A change could not be saved: " + e.getMessage(), e));
            }
        }
    }

    private void done() {
        synchronized (lock) {
            queue.pollFirst();
            lock.notifyAll();
        }
    }

    private boolean clearUnreachable() {
        synchronized (lock) {
            boolean was = unreachable != null;
            unreachable = null;
            return was;
        }
    }

    private void announce() {
        ServerQueue state;
        synchronized (lock) {
            state = new ServerQueue(queue.size(), Optional.ofNullable(unreachable));
        }
        serverState.accept(state);
    }

    private static void waitOn(Object monitor, long millis) {
        try {
            monitor.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every write submitted so far is done, so what follows reads them. */
    void flush() {
        if (worker == null) {
            return;
        }
        long deadline = System.currentTimeMillis() + DRAIN_SECONDS * 1000;
        synchronized (lock) {
            while (!queue.isEmpty()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new WorkflowException(unreachable != null ? unreachable
                            : "The profile database did not finish saving in " + DRAIN_SECONDS
                            + " seconds; the last changes may not be saved.");
                }
                waitOn(lock, left);
            }
        }
    }

    /** Finishes the queued writes (for up to 30 s), then stops. */
    @Override
    public void close() {
        if (worker == null) {
            return;
        }
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            worker.join(DRAIN_SECONDS * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
