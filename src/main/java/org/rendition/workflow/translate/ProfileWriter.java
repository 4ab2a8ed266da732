package org.rendition.workflow.translate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
 * keep working offline. Whoever listens to {@link #onServerState} hears how many wait. With a
 * {@link ServerOutbox}, every waiting write that says what it does ({@link KeptChange}) is also kept
 * on disk from the moment the server is found away, so closing the window or a crash loses none.
 */
final class ProfileWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ProfileWriter.class.getName());
    /** Long enough for the queue of a whole document's rows on a slow disk. */
    private static final long DRAIN_SECONDS = 30;
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long LONGEST_RETRY_MILLIS = 10_000;

    private final Object lock = new Object();
    /** One keeper at a time, so a write is never kept twice (the worker, and close after a timeout). */
    private final Object keeping = new Object();
    private final Deque<Write> queue = new ArrayDeque<>();
    private final Thread worker;
    /** Where waiting writes are kept while the team server is away; null for a file or none. */
    private final ServerOutbox outbox;
    private boolean closed;
    private String unreachable;
    private volatile Consumer<WorkflowException> failures = failure ->
            LOG.log(Level.WARNING, "A profile write failed: " + failure.getMessage(), failure);
    private volatile Consumer<ServerQueue> serverState = state -> { };

    /** A write, what it does when it can be kept, and its place in the outbox once kept (0 before). */
    private static final class Write {
        final Runnable action;
        final KeptChange change;
        volatile long keptId;

        Write(Runnable action, KeptChange change, long keptId) {
            this.action = action;
            this.change = change;
            this.keptId = keptId;
        }
    }

    private ProfileWriter(boolean background, ServerOutbox outbox) {
        this.outbox = outbox;
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
        return new ProfileWriter(true, null);
    }

    /**
     * Writes on a background thread to the team server, keeping in {@code outbox} what waits for
     * it while it is away; closed with this writer.
     */
    static ProfileWriter toServer(ServerOutbox outbox) {
        return new ProfileWriter(true, outbox);
    }

    /** Writes at once, on the calling thread. */
    static ProfileWriter sameThread() {
        return new ProfileWriter(false, null);
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
        submit(write, null, 0);
    }

    /** A write that can be kept on disk while the server is away: {@code action} does {@code change}. */
    void submit(Runnable action, KeptChange change) {
        submit(action, change, 0);
    }

    /** A write kept by an earlier session ({@code keptId} in the outbox), sent now. */
    void resend(Runnable action, KeptChange change, long keptId) {
        submit(action, change, keptId);
    }

    private void submit(Runnable action, KeptChange change, long keptId) {
        if (worker == null) {
            action.run();
            return;
        }
        boolean waiting;
        synchronized (lock) {
            queue.addLast(new Write(action, change, keptId));
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
            Write next;
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
                next.action.run();
                done(next);
                if (clearUnreachable()) {
                    announce();
                }
                retry = FIRST_RETRY_MILLIS;
            } catch (ServerUnreachableException e) {
                synchronized (lock) {
                    unreachable = e.getMessage();
                }
                announce();
                if (!waitForRetry(retry, e.getMessage())) {
                    return;
                }
                retry = Math.min(retry * 2, LONGEST_RETRY_MILLIS);
            } catch (WorkflowException e) {
                done(next);
                failures.accept(e);
            } catch (RuntimeException e) {
                done(next);
                failures.accept(new WorkflowException("A change could not be saved: " + e.getMessage(), e));
            }
        }
    }

    /**
     * Waits {@code millis} before the next try, keeping on disk every write that arrives meanwhile.
     *
     * @return false when the writer was closed: what waits stays kept for the next start
     */
    private boolean waitForRetry(long millis, String problem) {
        long until = System.currentTimeMillis() + millis;
        while (true) {
            keepWaitingWrites();
            synchronized (lock) {
                if (closed) {
                    LOG.warning(queue.size() + " change(s) could not reach the team server before closing ("
                            + problem + ")" + (outbox == null ? "." : "; they are kept on this workstation and"
                            + " sent at the next start with this server."));
                    return false;
                }
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    return true;
                }
                waitOn(lock, left);
            }
        }
    }

    /** Keeps on disk every waiting write that can be kept and is not yet. Off the lock: it writes a file. */
    private void keepWaitingWrites() {
        if (outbox == null) {
            return;
        }
        synchronized (keeping) {
            List<Write> unkept;
            synchronized (lock) {
                unkept = queue.stream().filter(w -> w.change != null && w.keptId == 0).toList();
            }
            for (Write write : unkept) {
                try {
                    write.keptId = outbox.keep(write.change);
                } catch (WorkflowException | org.rendition.store.StoreException e) {
                    LOG.log(Level.WARNING, "A change waiting for the team server could not be kept on disk: "
                            + e.getMessage(), e);
                    return;
                }
            }
        }
    }

    private void done(Write write) {
        synchronized (lock) {
            queue.pollFirst();
            lock.notifyAll();
        }
        if (write.keptId != 0) {
            try {
                outbox.sent(write.keptId);
            } catch (org.rendition.store.StoreException e) {
                // Sent again at the next start: one duplicate history row at worst, never a lost change.
                LOG.log(Level.WARNING, "A change sent to the team server stays in the outbox: " + e.getMessage(), e);
            }
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
        if (outbox != null) {
            if (!worker.isAlive()) {
                outbox.close();
            } else {
                // Still sending after 30 s: keep what waits; the file is closed with the process.
                keepWaitingWrites();
            }
        }
    }
}
