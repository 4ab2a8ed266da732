package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.TestAccounts;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryEvent;
import org.rendition.store.Database;
import org.rendition.store.HistoryStore;
import picocli.CommandLine;

/**
 * The issue's "done when", on the command line: a supervisor (another OS user, as the roles file
 * says) finds an analyst's translation from last week, sees machine output against final text,
 * returns it with a comment, sees it come back and approves it; the audit report lists it; a
 * tampered database is detected and the row named.
 */
class ReviewScenarioTest {
    private static final String JOB = "job-from-last-week";

    @TempDir
    Path dir;
    Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String realUser;
    private Path rolesFile;

    @BeforeEach
    void teamWithRolesFileAndAnAnalystsTranslationFromFiveDaysAgo() throws Exception {
        realUser = TestAccounts.osAccount();
        Path roles = dir.resolve("roles.conf");
        // The test's own account owns the file, so it is the administrator who wrote it.
        Files.writeString(roles, "administrator = " + realUser + "\nsupervisor = sue\n");
        Files.setPosixFilePermissions(roles, PosixFilePermissions.fromString("rw-r--r--"));
        rolesFile = roles;
        TestAccounts.actAs(realUser, roles);
        db = dir.resolve("team.db");
        Instant lastWeek = Instant.now().minus(Duration.ofDays(5));
        try (Database database = Database.open(db)) {
            HistoryStore history = new HistoryStore(database);
            history.append(event(EventKind.JOB_STARTED, lastWeek, null, null, null, null));
            history.append(event(EventKind.SEGMENT_TRANSLATED, lastWeek.plusSeconds(5), 0,
                    "Министерство обороны сообщило о начале учений.",
                    "The Ministry of Defense reported the start of exercises.",
                    "The Ministry of Defense reported the start of exercises."));
            history.append(event(EventKind.SEGMENT_EDITED, lastWeek.plusSeconds(60), 0,
                    "Министерство обороны сообщило о начале учений.",
                    "The Ministry of Defense reported the start of exercises.",
                    "The Ministry of Defence announced the start of exercises."));
        }
    }

    private static HistoryEvent event(EventKind kind, Instant at, Integer index, String source, String machine,
                                      String target) {
        return new HistoryEvent(kind, at, new HistoryEvent.Job(JOB, "briefing.docx", "ru", "en", "opus-mt-ru-en",
                "sha256:ab"), new HistoryEvent.By("alice", "analyst"),
                HistoryEvent.SegmentChange.of(index, source, machine, target),
                new HistoryEvent.Review("OFFICIAL-SENSITIVE", null));
    }

    @AfterEach
    void restoreUser() {
        TestAccounts.reset();
    }

    private int as(String user, String... args) {
        TestAccounts.actAs(user, rolesFile);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandLine(new RenditionCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    private String[] withDb(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db.toString();
        return all;
    }

    @Test
    void supervisorReturnsAnalystsTranslationApprovesItAfterRevisionAndTheAuditShowsIt() throws Exception {
        assertEquals(0, as("sue", withDb("review", "list", "--from", "7d", "--analyst", "alice")), err.toString());
        assertTrue(out.toString().startsWith(JOB + "\t"), out.toString());
        assertEquals(0, as("sue", withDb("review", "list", "--from", "1d")));
        assertEquals("", out.toString(), "a translation from five days ago is not in the last day");

        assertEquals(0, as("sue", withDb("review", "show", JOB)), err.toString());
        assertTrue(out.toString().contains("machine: The Ministry of Defense reported the start of exercises."));
        assertTrue(out.toString().contains("final:   The Ministry of Defence announced the start of exercises."));
        assertTrue(out.toString().contains("[-Defense reported-]{+Defence announced+}"), out.toString());
        assertTrue(out.toString().contains("classification OFFICIAL-SENSITIVE"), out.toString());

        assertTrue(out.toString().contains("#1  edit ratio"), "segments are numbered from 1: " + out);
        assertTrue(out.toString().matches("(?s).*started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC,.*"),
                "times are readable, without nanoseconds: " + out);

        assertEquals(0, as("sue", withDb("review", "comment", JOB, "--segment", "1", "'exercises', not 'start of'.")),
                err.toString());
        assertEquals(1, as("sue", withDb("review", "comment", JOB, "--segment", "0", "?")));
        assertTrue(err.toString().contains("numbered from 1"), err.toString());
        assertEquals(0, as("sue", withDb("review", "return", JOB, "--comment", "Say 'announced the exercises'.")));

        assertEquals(1, as("alice", withDb("review", "approve", JOB)));
        assertTrue(err.toString().startsWith("Only a supervisor can approve"), err.toString());
        assertEquals(0, as("alice", withDb("review", "list", "--status", "returned")));
        assertTrue(out.toString().contains(JOB), out.toString());
        assertEquals(0, as("alice", withDb("review", "show", JOB)));
        assertTrue(out.toString().contains("returned by sue"), out.toString());
        assertTrue(out.toString().contains("Say 'announced the exercises'."), out.toString());
        assertTrue(out.toString().contains("comment by sue at "), "the analyst sees the segment's comment: " + out);
        assertTrue(out.toString().contains("'exercises', not 'start of'."), out.toString());
        assertEquals(0, as("alice", withDb("review", "edit", JOB, "1", "The Ministry of Defence announced the exercises.")));
        assertEquals(0, as("alice", withDb("review", "submit", JOB)));

        assertEquals(0, as("sue", withDb("review", "list", "--status", "submitted")));
        assertTrue(out.toString().startsWith(JOB + "\t"), "it came back: " + out);
        assertEquals(0, as("sue", withDb("review", "show", JOB, "--changed")), err.toString());
        assertTrue(out.toString().contains("1 segment(s) changed since the last return"), out.toString());
        assertTrue(out.toString().contains("at return: The Ministry of Defence announced the start of exercises."),
                out.toString());
        assertTrue(out.toString().contains("since:   The Ministry of Defence announced the [-start of-] exercises."),
                "what changed since the return: " + out);
        assertEquals(0, as("sue", withDb("review", "approve", JOB, "--comment", "Good.")));
        assertEquals(0, as("sue", withDb("review", "list", "--status", "approved")));
        assertTrue(out.toString().startsWith(JOB + "\t"), out.toString());

        Path report = dir.resolve("audit.html");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(0, as("sue", withDb("history", "report", "--from", "7d", "--to", today, "--out",
                report.toString())), err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("briefing.docx"), html);
        assertTrue(html.contains("approved by sue"), html);
        assertTrue(html.contains("returned by sue"), html);
        assertTrue(html.contains("opus-mt-ru-en"), html);
        assertTrue(html.contains("alice (analyst) tried to approve"), html);
        assertTrue(html.contains("History intact"), html);
        assertTrue(html.contains("<p class=\"marking\">OFFICIAL-SENSITIVE</p>"), "the report carries the marking: " + html);
        assertFalse(html.matches("(?s).*\\d\\d:\\d\\d:\\d\\d\\.\\d+Z.*"), "no nanosecond times: " + html);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));

        Path upToNow = dir.resolve("audit-now.html");
        assertEquals(0, as("sue", withDb("history", "report", "--from", "7d", "--out", upToNow.toString())),
                err.toString());
        assertTrue(Files.readString(upToNow).contains("approved by sue"), "without --to the report runs up to now");

        assertEquals(0, as("sue", withDb("history", "verify")));
        assertTrue(out.toString().startsWith("History intact"), out.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER history_event_is_append_only_update");
            s.executeUpdate("UPDATE history_event SET os_user = 'tom' WHERE kind = 'REVIEW_APPROVED'");
        }
        assertEquals(1, as("sue", withDb("history", "verify")));
        assertTrue(out.toString().matches("(?s)row \\d+ was edited \\(REVIEW_APPROVED of job " + JOB + ".*"),
                out.toString());
        assertTrue(err.toString().contains("tampered with"), err.toString());
    }

    @Test
    void switchingTheRoleInTheRolesFileLetsTheSameUserReview() throws Exception {
        assertEquals(1, as("bob", withDb("review", "show", JOB)));
        assertTrue(err.toString().contains("Only a supervisor can open another analyst's work"), err.toString());
        Files.writeString(dir.resolve("roles.conf"), "administrator = " + realUser + "\nsupervisor = sue, bob\n");
        assertEquals(0, as("bob", withDb("review", "show", JOB)), err.toString());
        assertFalse(out.toString().isEmpty());
    }

    @Test
    void rolesFileOthersCanWriteStopsTheCommandWithAPlainMessage() throws Exception {
        Files.setPosixFilePermissions(dir.resolve("roles.conf"), PosixFilePermissions.fromString("rw-rw-rw-"));
        assertEquals(1, as("sue", withDb("review", "list")));
        assertTrue(err.toString().contains("can be written by other accounts"), err.toString());
    }
}
