package org.rendition.workflow.profile;

import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryRecord;
import org.rendition.history.Verification;

class HistoryServiceTest {
    @TempDir
    Path dir;

    private Path recordJob() {
        Path db = dir.resolve("p.db");
        try (UserProfile profile = UserProfile.open(db)) {
            TranslationJob job = profile.history().startJob("report.docx", "ru", "en", "opus-mt-ru-en", "sha256:ab12");
            job.segmentTranslated(0, "Привет.", "Hello.", List.of("tm#4 86%"), List.of("Привет → Hello"));
            job.segmentEdited(0, "Привет.", "Hello.", "Hi.");
            job.segmentConfirmed(0, "Привет.", "Hello.", "Hi.");
            job.finish();
        }
        return db;
    }

    private static void tamper(Path db, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.executeUpdate(statement);
            }
        }
    }

    @Test
    void everyJobAndSegmentChangeIsRecordedWithItsContext() {
        Path db = recordJob();
        try (UserProfile profile = UserProfile.open(db)) {
            List<HistoryRecord> rows = profile.history().latest(10);
            assertEquals(List.of(EventKind.JOB_STARTED, EventKind.SEGMENT_TRANSLATED, EventKind.SEGMENT_EDITED,
                    EventKind.SEGMENT_CONFIRMED, EventKind.JOB_FINISHED), rows.stream().map(r -> r.event().kind()).toList());
            HistoryRecord edited = rows.get(2);
            assertEquals("Hi.", edited.event().finalText());
            assertEquals("Hello.", edited.event().machineOutput());
            assertEquals("sha256:ab12", edited.event().modelHash());
            assertEquals(SystemAccount.name(), edited.event().user());
            assertEquals(List.of("tm#4 86%"), rows.get(1).event().tmHits());
            assertTrue(profile.history().verify().intact());
        }
    }

    @Test
    void editedHistoryRowIsNamedByVerify() throws Exception {
        Path db = recordJob();
        tamper(db, "DROP TRIGGER history_event_is_append_only_update",
                "UPDATE history_event SET final_text = 'Greetings.' WHERE sequence = 3");
        try (UserProfile profile = UserProfile.open(db)) {
            Verification v = profile.history().verify();
            assertEquals(1, v.problems().size());
            assertEquals(3, v.problems().get(0).sequence());
            assertTrue(v.problems().get(0).description().startsWith("row 3 was edited"));
        }
    }

    @Test
    void deletedHistoryRowIsNamedByVerify() throws Exception {
        Path db = recordJob();
        tamper(db, "DROP TRIGGER history_event_is_append_only_delete", "DELETE FROM history_event WHERE sequence = 2");
        try (UserProfile profile = UserProfile.open(db)) {
            Verification v = profile.history().verify();
            assertEquals(2, v.problems().get(0).sequence());
        }
    }

    @Test
    void historyRowsCannotBeUpdatedThroughSql() {
        Path db = recordJob();
        assertThrows(SQLException.class, () -> tamper(db, "UPDATE history_event SET final_text = 'x'"));
        assertThrows(SQLException.class, () -> tamper(db, "DELETE FROM history_event"));
    }

    @Test
    void resumedJobKeepsItsContext() {
        Path db = dir.resolve("p.db");
        String id;
        try (UserProfile profile = UserProfile.open(db)) {
            id = profile.history().startJob("a.txt", "ar", "en", null, null).id();
        }
        try (UserProfile profile = UserProfile.open(db)) {
            profile.history().resumeJob(id).segmentConfirmed(1, "نعم", null, "Yes");
            List<HistoryRecord> rows = profile.history().job(id);
            assertEquals("a.txt", rows.get(1).event().document());
            assertEquals("ar", rows.get(1).event().sourceLang());
        }
    }
}
