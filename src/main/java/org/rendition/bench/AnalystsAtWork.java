package org.rendition.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.rendition.memory.Origin;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;

/**
 * Simulated analysts working while something else (a million-unit import) holds the database
 * busy: each on its own connection starts jobs, records translated segments in the history and
 * confirms pairs into the memory, as fast as it can, until told to stop. Afterwards
 * {@link #lost} checks that every row each of them was told was stored is really there.
 */
public final class AnalystsAtWork implements AutoCloseable {
    private static final int SEGMENTS_PER_JOB = 5;

    private final List<Thread> analysts = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong historyRows = new AtomicLong();
    private final ConcurrentLinkedQueue<String> confirmedSources = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> jobs = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

    /**
     * Starts {@code count} analysts, each with the profile {@code profiles} opens for it (its own
     * connection or login), and returns at once.
     */
    public static AnalystsAtWork start(int count, Supplier<UserProfile> profiles) {
        AnalystsAtWork work = new AnalystsAtWork();
        for (int a = 0; a < count; a++) {
            int analyst = a;
            Thread thread = new Thread(() -> work.run(analyst, profiles), "analyst-" + a);
            thread.setDaemon(true);
            work.analysts.add(thread);
            thread.start();
        }
        return work;
    }

    private void run(int analyst, Supplier<UserProfile> profiles) {
        try (UserProfile profile = profiles.get()) {
            for (int job = 0; !stop.get(); job++) {
                String document = "analyst-" + analyst + "-document-" + job + "-" + System.nanoTime() + ".txt";
                TranslationJob recording = profile.history().startJob(document, "ru", "en", "bench", "sha256:bench");
                jobs.add(recording.id());
                historyRows.incrementAndGet();
                for (int s = 0; s < SEGMENTS_PER_JOB && !stop.get(); s++) {
                    String source = "Аналитик " + analyst + " документ " + job + " предложение " + s + " " + document;
                    recording.segmentTranslated(s, source, "Analyst sentence " + s, List.of(), List.of());
                    historyRows.incrementAndGet();
                    profile.memory().confirm("ru", "en", source, "Analyst " + analyst + " sentence " + s, document,
                            Origin.HUMAN);
                    confirmedSources.add(source);
                }
            }
        } catch (RuntimeException e) {
            errors.add(Thread.currentThread().getName() + ": " + e.getMessage());
        }
    }

    /** Stops every analyst after its current write and waits for them. */
    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread t : analysts) {
            t.join();
        }
    }

    /** Every failure an analyst met; empty when all their writes went through. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** History rows the analysts were told were stored. */
    public long historyRows() {
        return historyRows.get();
    }

    /** Memory entries the analysts were told were stored. */
    public long memoryEntries() {
        return confirmedSources.size();
    }

    /**
     * What is missing from {@code profile}: the memory must hold {@code otherEntries} (what was
     * there before plus what the import stored) and every pair the analysts confirmed, and every
     * job all the history rows its analyst recorded. Empty when nothing was lost.
     */
    public List<String> lost(UserProfile profile, long otherEntries) {
        List<String> missing = new ArrayList<>();
        long expected = otherEntries + confirmedSources.size();
        long stored = profile.memory().size();
        if (stored != expected) {
            missing.add("the memory holds " + stored + " entries, " + expected + " expected");
        }
        long rows = jobs.stream().mapToLong(job -> profile.history().job(job).size()).sum();
        if (rows != historyRows.get()) {
            missing.add(rows + " of " + historyRows.get() + " history rows found");
        }
        return missing;
    }
}
