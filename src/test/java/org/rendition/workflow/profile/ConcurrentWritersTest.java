package org.rendition.workflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.memory.Origin;
import org.rendition.memory.TmEntry;

/**
 * Several accounts' processes on one profile file: a long memory import must not starve the
 * others' writes (each would otherwise fail with "database is locked" and lose its work).
 */
class ConcurrentWritersTest {
    private static final int IMPORTED = 30_000;
    private static final int ANALYSTS = 4;
    private static final int WRITES_EACH = 40;

    @TempDir
    Path dir;

    @Test
    void writersKeepWorkingWhileALargeImportRunsAndNoRowIsLost() throws Exception {
        Path file = dir.resolve("team.db");
        try (UserProfile setup = UserProfile.open(file)) {
            setup.schemaVersion();
        }
        ExecutorService pool = Executors.newFixedThreadPool(ANALYSTS + 1);
        try {
            Future<Long> importer = pool.submit(() -> {
                try (UserProfile profile = UserProfile.open(file)) {
                    return profile.memory().importEntries(entries(IMPORTED), 2_000, ImportProgress.NONE);
                }
            });
            List<Future<?>> analysts = new ArrayList<>();
            for (int a = 0; a < ANALYSTS; a++) {
                int analyst = a;
                analysts.add(pool.submit(() -> {
                    // Each analyst is a connection of its own, as a second process would be.
                    try (UserProfile profile = UserProfile.open(file)) {
                        for (int i = 0; i < WRITES_EACH; i++) {
                            profile.memory().confirm("ru", "en", "Фраза " + analyst + "-" + i + ".",
                                    "Phrase " + analyst + "-" + i + ".", "doc" + analyst, Origin.HUMAN);
                            profile.history().startJob("doc" + analyst + "-" + i, "ru", "en", null, null).finish();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> analyst : analysts) {
                analyst.get();
            }
            assertEquals(IMPORTED, importer.get());
        } finally {
            pool.shutdownNow();
        }
        try (UserProfile profile = UserProfile.open(file)) {
            for (int a = 0; a < ANALYSTS; a++) {
                for (int i = 0; i < WRITES_EACH; i++) {
                    assertEquals(1, profile.memory().lookup("ru", "en", "Фраза " + a + "-" + i + ".").exact().size());
                }
            }
            assertEquals(ANALYSTS * WRITES_EACH * 2, profile.history().latest(10_000).size());
            assertEquals(true, profile.history().verify().intact());
        }
    }

    private static Iterator<TmEntry> entries(int count) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return IntStream.range(0, count).mapToObj(i -> TmEntry.confirmed("ru", "en", "Импортированная фраза номер "
                + i + ".", "Imported phrase number " + i + ".", "big.tmx", "importer", now, Origin.HUMAN)).iterator();
    }
}
