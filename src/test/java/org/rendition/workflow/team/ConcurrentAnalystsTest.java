package org.rendition.workflow.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.bench.AnalystsAtWork;
import org.rendition.memory.Origin;
import org.rendition.memory.TmEntry;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.UserProfile;

/**
 * Eight analysts write memory and history at once, each on their own login, while a long import
 * commits batch after batch: none of them is refused or told "locked", and every row each was
 * told was stored is there afterwards. The benchmark runs the same workload beside a
 * 1,000,000-unit import ({@code bench --memory-only --tm-server}); here the import is 20,000
 * units so the test stays short.
 */
class ConcurrentAnalystsTest {
    private static final int ANALYSTS = 8;
    private static final int IMPORTED = 20_000;

    @TempDir
    Path temp;
    private TestServer server;

    @AfterEach
    void tearDown() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eightAnalystsOnTheServerLoseNothingDuringALongImport() throws Exception {
        server = TestServer.initialized();
        List<String> logins = new ArrayList<>();
        IntStream.range(0, ANALYSTS).forEach(i -> logins.add(server.member("analyst" + i, Role.ANALYST)));
        String importer = server.member("importer", Role.ANALYST);
        AtomicInteger next = new AtomicInteger();
        workWhileImporting(() -> TeamServer.openProfile(server.address(importer)),
                () -> TeamServer.openProfile(server.address(logins.get(next.getAndIncrement() % ANALYSTS))));
    }

    @Test
    void eightAnalystsOnOneWorkstationFileLoseNothingDuringALongImport() throws Exception {
        Path file = temp.resolve("profile.db");
        workWhileImporting(() -> UserProfile.open(file), () -> UserProfile.open(file));
    }

    private static void workWhileImporting(Supplier<UserProfile> importerProfile, Supplier<UserProfile> analystProfiles)
            throws Exception {
        try (UserProfile importer = importerProfile.get()) {
            AnalystsAtWork analysts = AnalystsAtWork.start(ANALYSTS, analystProfiles);
            long imported;
            try {
                imported = importer.memory().importEntries(units(IMPORTED), 2_000, committed -> { });
            } finally {
                analysts.close();
            }
            assertEquals(IMPORTED, imported);
            assertEquals(List.of(), analysts.errors(), "no analyst was refused or told the database was locked");
            assertTrue(analysts.historyRows() >= ANALYSTS, "every analyst got work done: " + analysts.historyRows());
            assertEquals(List.of(), analysts.lost(importer, imported));
        }
    }

    private static Iterator<TmEntry> units(int count) {
        Instant when = Instant.parse("2024-01-01T00:00:00Z");
        return IntStream.range(0, count).mapToObj(i -> TmEntry.confirmed("ru", "en",
                "Импортированное предложение номер " + i + " о погоде.", "Imported sentence number " + i
                        + " about the weather.", "import.tmx", "importer", when, Origin.HUMAN)).iterator();
    }
}
