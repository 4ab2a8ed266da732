package org.rendition.engine;

import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.rendition.engine.decode.CancelSignal;

/**
 * Decoding threads whose PyTorch operations each run on one thread (decision 0029): at batch 16
 * the products are too skinny for two threads to share one well, so two decoders on their own
 * batches get more done than one decoder using both cores.
 *
 * <p>With one worker nothing is started and every task runs on the caller's thread, as before.
 * Otherwise results are handed back on the caller's thread, so listeners, caches and tokenizers
 * are never touched by a worker.
 */
final class DecodingWorkers implements AutoCloseable {
    /** Tasks that may wait per worker before a further caller decodes its batch itself. */
    private static final int QUEUED_PER_WORKER = 4;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int count;
    /** Null with one worker. */
    private final ThreadPoolExecutor pool;

    private DecodingWorkers(int count, ThreadPoolExecutor pool) {
        this.count = count;
        this.pool = pool;
    }

    /**
     * Starts {@code count} workers, each running {@code warmUp} once on its own thread after
     * making that thread's PyTorch operations single-threaded, and waits for them.
     */
    static DecodingWorkers start(int count, Runnable warmUp) {
        if (count <= 1) {
            return new DecodingWorkers(1, null);
        }
        // libtorch keeps one process-wide count that threads which have not run an operation yet
        // adopt; each worker changes it, so it is put back for the caller's later threads.
        int callerThreads = JniUtils.getNumThreads();
        CountDownLatch ready = new CountDownLatch(count);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        int pool = POOLS.incrementAndGet();
        AtomicInteger numbers = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(count, count, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(count * QUEUED_PER_WORKER), task -> {
                    Thread thread = new Thread(() -> {
                        try {
                            singleThreadedOperations();
                            warmUp.run();
                        } catch (Throwable e) { // an OutOfMemoryError too: reported by start, not lost
                            failed.compareAndSet(null, e);
                        } finally {
                            ready.countDown();
                        }
                        task.run();
                    }, "rendition-decoder-" + pool + "-" + numbers.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (task, full) -> task.run()); // the queue is full: the caller decodes the batch itself
        executor.prestartAllCoreThreads();
        awaitUninterruptibly(ready);
        JniUtils.setNumThreads(callerThreads);
        DecodingWorkers workers = new DecodingWorkers(count, executor);
        if (failed.get() != null) {
            workers.close();
            throw unchecked(failed.get());
        }
        return workers;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * libtorch's thread count is per thread (OpenMP's and MKL's per-thread settings), once the
     * thread has taken the process-wide count on its first operation; asking for it first makes
     * that happen before the worker's own setting, which the first operation would otherwise undo.
     */
    static void singleThreadedOperations() {
        JniUtils.getNumThreads();
        JniUtils.setNumThreads(1);
    }

    int count() {
        return count;
    }

    /**
     * Runs every task, at most {@link #count()} at once, and gives each result with its task's
     * index to {@code done} on the caller's thread as it arrives. The first failure (a task's or
     * {@code done}'s) stops the others between decoding steps, and is thrown once all have ended,
     * so no worker still decodes for a call that has returned.
     *
     * @param tasks each takes the signal it must check between steps
     */
    <T> void runAll(List<Function<CancelSignal, T>> tasks, CancelSignal cancel, BiConsumer<Integer, T> done) {
        if (pool == null) {
            for (int i = 0; i < tasks.size(); i++) {
                done.accept(i, tasks.get(i).apply(cancel));
            }
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        CancelSignal stopOrCancel = () -> stop.get() || cancel.isCancelled();
        ExecutorCompletionService<Finished<T>> service = new ExecutorCompletionService<>(pool);
        int next = 0;
        int running = 0;
        Throwable failure = null;
        boolean interrupted = false;
        while (running > 0 || (failure == null && next < tasks.size())) {
            if (failure == null && next < tasks.size() && running < count) {
                int index = next++;
                Function<CancelSignal, T> task = tasks.get(index);
                service.submit(() -> new Finished<>(index, task.apply(stopOrCancel)));
                running++;
                continue;
            }
            Future<Finished<T>> finished;
            try {
                finished = service.take();
            } catch (InterruptedException e) {
                interrupted = true;
                stop.set(true);
                failure = failure != null ? failure : new CancellationException("Translation was cancelled.");
                continue;
            }
            running--;
            try {
                Finished<T> result = finished.get();
                if (failure == null) {
                    done.accept(result.index(), result.value());
                }
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
                stop.set(true);
            } catch (InterruptedException e) {
                throw new IllegalStateException("A finished task cannot be waited for.", e);
            } catch (RuntimeException | Error e) {
                failure = failure != null ? failure : e;
                stop.set(true);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw unchecked(failure);
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(failure.getMessage(), failure);
    }

    private record Finished<T>(int index, T value) {
    }

    /** Stops the workers after the batches they hold; waits for them, so the model can be closed. */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
