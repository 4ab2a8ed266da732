package org.rendition.workflow.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.history.HistoryAnchor;
import org.rendition.history.Verification;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.HistoryCheck;
import org.rendition.workflow.profile.UserProfile;

/**
 * Someone with the database file in hand edits, deletes or reorders history rows, review rows
 * included: verification names the row. The first test uses the sqlite3 shell, as an intruder
 * would; the others send the same SQL through JDBC.
 */
class TamperingTest {
    @TempDir
    Path dir;
    Path db;

    /** Rows 1-4: alice's job; 5: sue returns it; 6: alice submits; 7: sue approves. */
    @BeforeEach
    void reviewedDocument() {
        db = dir.resolve("team.db");
        String job;
        try (UserProfile alice = UserProfile.open(db, ReviewServiceTest.ALICE, ClassificationScheme.UK_GSC)) {
            job = ReviewServiceTest.translate(alice, "report.docx", "Привет.", "Hello.", "Hi.");
        }
        try (UserProfile sue = UserProfile.open(db, ReviewServiceTest.SUE, ClassificationScheme.UK_GSC)) {
            ReviewService.of(sue).returnToAnalyst(job, "Too informal.");
        }
        try (UserProfile alice = UserProfile.open(db, ReviewServiceTest.ALICE, ClassificationScheme.UK_GSC)) {
            ReviewService.of(alice).submit(job, null);
        }
        try (UserProfile sue = UserProfile.open(db, ReviewServiceTest.SUE, ClassificationScheme.UK_GSC)) {
            ReviewService.of(sue).approve(job, "Good.");
            assertTrue(ReviewService.of(sue).verify().intact());
            assertEquals(7, ReviewService.of(sue).verify().rowsChecked());
        }
    }

    private HistoryCheck verify() {
        try (UserProfile sue = UserProfile.open(db, ReviewServiceTest.SUE, ClassificationScheme.UK_GSC)) {
            return ReviewService.of(sue).verify();
        }
    }

    private void jdbc(String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.executeUpdate(statement);
            }
        }
    }

    private static boolean sqliteShellInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "sqlite3")));
    }

    @Test
    void approvalRewrittenWithTheSqliteShellIsNamed() throws Exception {
        assumeTrue(sqliteShellInstalled(), "the sqlite3 shell is not installed; the JDBC tests below cover the same"
                + " SQL (apt-get install sqlite3 to run this one)");
        Process shell = new ProcessBuilder("sqlite3", db.toString()).redirectErrorStream(true).start();
        shell.getOutputStream().write(("DROP TRIGGER history_event_is_append_only_update;\n"
                + "UPDATE history_event SET comment = 'Excellent.', os_user = 'tom' WHERE sequence = 7;\n")
                .getBytes(StandardCharsets.UTF_8));
        shell.getOutputStream().close();
        assertTrue(shell.waitFor(30, TimeUnit.SECONDS));
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, shell.exitValue(), output);

        HistoryCheck check = verify();
        assertFalse(check.intact());
        assertEquals(7, check.firstBrokenRow());
        assertTrue(check.problems().get(0).startsWith("row 7 was edited (REVIEW_APPROVED"), check.problems().get(0));
    }

    @Test
    void returnCommentEditedThroughSqlIsNamed() throws Exception {
        jdbc("DROP TRIGGER history_event_is_append_only_update",
                "UPDATE history_event SET comment = NULL WHERE sequence = 5");
        HistoryCheck check = verify();
        assertEquals(5, check.firstBrokenRow());
        assertTrue(check.summary().startsWith("History broken at row 5: row 5 was edited"), check.summary());
    }

    @Test
    void deletedReturnIsNamed() throws Exception {
        jdbc("DROP TRIGGER history_event_is_append_only_delete", "DELETE FROM history_event WHERE sequence = 5");
        HistoryCheck check = verify();
        assertEquals(5, check.firstBrokenRow());
        assertEquals("row 5 is missing (deleted)", check.problems().get(0));
    }

    @Test
    void deletedLastRowIsNamed() throws Exception {
        jdbc("DROP TRIGGER history_event_is_append_only_delete", "DELETE FROM history_event WHERE sequence = 7");
        HistoryCheck check = verify();
        assertEquals(7, check.firstBrokenRow());
    }

    @Test
    void reorderedRowsAreNamed() throws Exception {
        // Swap the return and the submission, as if the analyst had submitted before being told.
        jdbc("DROP TRIGGER history_event_is_append_only_update",
                "UPDATE history_event SET sequence = -5 WHERE sequence = 5",
                "UPDATE history_event SET sequence = 5 WHERE sequence = 6",
                "UPDATE history_event SET sequence = 6 WHERE sequence = -5");
        HistoryCheck check = verify();
        assertEquals(5, check.firstBrokenRow());
        assertTrue(check.problems().get(0).contains("row 5"), check.problems().get(0));
    }

    private HistoryAnchor anchorNow() {
        try (UserProfile sue = UserProfile.open(db, ReviewServiceTest.SUE, ClassificationScheme.UK_GSC)) {
            return sue.history().anchor();
        }
    }

    private Verification verifyAgainst(HistoryAnchor anchor) {
        try (UserProfile sue = UserProfile.open(db, ReviewServiceTest.SUE, ClassificationScheme.UK_GSC)) {
            return sue.history().verify(List.of(anchor));
        }
    }

    @Test
    void aChainCutShortWithItsHeadMovedBackIsNamedByAnAnchor() throws Exception {
        HistoryAnchor filed = anchorNow();
        assertEquals(7, filed.sequence());
        // Delete the last two rows and make the head agree: the rest of the chain is consistent.
        jdbc("DROP TRIGGER history_event_is_append_only_delete",
                "DELETE FROM history_event WHERE sequence > 5",
                "DROP TRIGGER IF EXISTS history_head_is_append_only_update",
                "UPDATE history_head SET sequence = 5, hash = (SELECT hash FROM history_event WHERE sequence = 5)");
        Verification check = verifyAgainst(filed);
        assertFalse(check.intact());
        assertTrue(check.problems().get(check.problems().size() - 1).description()
                .startsWith("The history ends at row 5, but an anchor names row 7"), check.problems().toString());
    }

    @Test
    void anAnchorReadBackFromAnAuditReportHoldsOnAnIntactChain() throws Exception {
        Path report = dir.resolve("audit.html");
        try (UserProfile sue = UserProfile.open(db, ReviewServiceTest.SUE, ClassificationScheme.UK_GSC)) {
            ReviewService.of(sue).writeReport(java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(60), report);
        }
        List<HistoryAnchor> anchors = HistoryAnchor.findIn(Files.readString(report));
        assertEquals(List.of(anchorNow()), anchors);
        assertTrue(verifyAgainst(anchors.get(0)).intact());
    }

    @Test
    void aWipedHistoryBesideSavedWorkIsNamed() throws Exception {
        Path file = dir.resolve("brief.txt");
        Files.writeString(file, "Привет.\n");
        try (UserProfile alice = UserProfile.open(db, ReviewServiceTest.ALICE, ClassificationScheme.UK_GSC)) {
            long project = alice.projects().projectFor(file, "0".repeat(64));
            alice.projects().save(project, new org.rendition.documents.Segment(0, 0, "Привет.", "Hello.",
                    org.rendition.documents.SegmentStatus.EDITED));
        }
        jdbc("DROP TRIGGER history_event_is_append_only_delete", "DELETE FROM history_event",
                "DROP TRIGGER IF EXISTS history_head_is_append_only_update", "DELETE FROM history_head");
        try (UserProfile sue = UserProfile.open(db, ReviewServiceTest.SUE, ClassificationScheme.UK_GSC)) {
            Verification check = sue.history().verify();
            assertFalse(check.intact(), "a wiped history is not 'intact: 0 rows checked'");
            assertTrue(check.problems().get(0).description().startsWith("The history is empty, but the profile holds 1"),
                    check.problems().toString());
        }
    }
}
