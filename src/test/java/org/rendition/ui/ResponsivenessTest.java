package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.SharedData;
import org.rendition.documents.SegmentStatus;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

/** Long documents: the window keeps answering while the model works, and Cancel stops it promptly. */
class ResponsivenessTest extends WorkstationTestBase {
    /** A person notices a frozen window at about 100 ms. */
    static final long MAX_FX_LATENCY_MS = 100;
    /**
     * On a shared two-core machine a single probe can wait past 100 ms for reasons that are not
     * the window's work (a garbage collection, the compiler, another process taking the core);
     * work done on the FX thread delays every probe that falls in it. So: no probe may wait as
     * long as a freeze anyone would call one, and nearly all stay under {@link #MAX_FX_LATENCY_MS}.
     */
    static final long MAX_SINGLE_DELAY_MS = 300;
    static final double MAX_SHARE_OVER_LATENCY = 0.02;


    @Start
    void start(Stage stage) {
        app.start(stage, models);
    }

    /** {@code count} Tatoeba sentences, four to a paragraph. */
    private Path russianSentences(int count) throws Exception {
        List<String> lines = Files.readAllLines(SharedData.testset("tatoeba-rus-eng.rus"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).limit(count).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i)).append(i % 4 == 3 ? "\n\n" : " ");
        }
        Path file = temp.resolve("tatoeba.ru.txt");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private int openAndWaitForModel(FxRobot robot, Path file) throws Exception {
        app.documentToOpen.set(file);
        robot.clickOn("#openButton");
        awaitFx(30, () -> !app.viewModel.document().busyProperty().get() && !app.viewModel.document().rows().isEmpty()
                && app.viewModel.languages().modelProperty().get().isPresent());
        return app.viewModel.document().rows().size();
    }

    private long countRows(SegmentStatus status) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.viewModel.document().rows().stream()
                .filter(r -> r.status() == status).count()).get();
    }

    /** Rows the model filled in, as it came or with a number put back. */
    private long countMachineRows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.viewModel.document().rows().stream()
                .filter(r -> r.status().isMachineOutput()).count()).get();
    }

    @Test
    void theFxThreadIsNeverBlockedWhileTranslating(FxRobot robot) throws Exception {
        int rows = openAndWaitForModel(robot, russianSentences(120));
        // Measures the translation run, not the layout of the document just shown.
        WaitForAsyncUtils.waitForFxEvents();
        AtomicLong worstNanos = new AtomicLong();
        AtomicInteger probes = new AtomicInteger();
        AtomicInteger slow = new AtomicInteger();
        ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();
        prober.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                long waited = System.nanoTime() - posted;
                worstNanos.accumulateAndGet(waited, Math::max);
                probes.incrementAndGet();
                if (TimeUnit.NANOSECONDS.toMillis(waited) >= MAX_FX_LATENCY_MS) {
                    slow.incrementAndGet();
                }
            });
        }, 0, 20, TimeUnit.MILLISECONDS);
        try {
            robot.clickOn("#translateButton");
            awaitFx(300, () -> !app.viewModel.document().busyProperty().get()
                    && app.viewModel.document().rows().stream().allMatch(r -> r.status().isMachineOutput()));
        } finally {
            prober.shutdown();
        }
        assertEquals(rows, countMachineRows());
        long worstMs = TimeUnit.NANOSECONDS.toMillis(worstNanos.get());
        System.err.printf("FX latency while translating %d segments: worst %d ms over %d probes, %d at %d ms or more%n",
                rows, worstMs, probes.get(), slow.get(), MAX_FX_LATENCY_MS);
        assertTrue(probes.get() > 10, "the probe ran " + probes.get() + " times");
        assertTrue(worstMs < MAX_SINGLE_DELAY_MS, "the FX thread was blocked for " + worstMs + " ms");
        assertTrue(slow.get() <= Math.max(1, probes.get() * MAX_SHARE_OVER_LATENCY), slow.get() + " of " + probes.get()
                + " probes waited " + MAX_FX_LATENCY_MS + " ms or more: the FX thread is doing slow work");
    }

    @Test
    void cancelStopsTheModelPromptlyAndKeepsFinishedSegments(FxRobot robot) throws Exception {
        int rows = openAndWaitForModel(robot, russianSentences(600));
        robot.clickOn("#translateButton");
        awaitFx(120, () -> app.viewModel.document().rows().stream().anyMatch(r -> r.status().isMachineOutput()));
        robot.clickOn("#cancelButton");
        long cancelledAt = System.nanoTime();
        awaitFx(5, () -> !app.viewModel.document().busyProperty().get());
        // The worker is free again once the model has stopped: a task queued behind it runs.
        CountDownLatch workerFree = new CountDownLatch(1);
        app.executor.execute(new Task<Void>() {
            @Override
            protected Void call() {
                workerFree.countDown();
                return null;
            }
        });
        assertTrue(workerFree.await(10, TimeUnit.SECONDS), "the model did not stop");
        long stopMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt);
        System.err.printf("Cancel: the model stopped %d ms after the click%n", stopMs);
        assertTrue(stopMs < 2_000, "the model took " + stopMs + " ms to stop");
        long translated = countMachineRows();
        assertTrue(translated > 0 && translated < rows, translated + " of " + rows + " translated");
        assertEquals(rows - translated, countRows(SegmentStatus.UNTRANSLATED));
        assertTrue(app.viewModel.statusProperty().get().startsWith("Cancelled"), app.viewModel.statusProperty().get());
    }
}
