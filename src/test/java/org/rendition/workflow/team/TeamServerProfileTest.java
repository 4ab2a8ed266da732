package org.rendition.workflow.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.glossary.TbxInOut;
import org.rendition.memory.TmxInOut;
import org.rendition.workflow.profile.ImportProgress;
import org.rendition.memory.Origin;
import org.rendition.memory.TmMatch;
import org.rendition.workflow.profile.HistoryCheck;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;

/** The team's profile on a real PostgreSQL server: the same memory and history as a workstation's file. */
class TeamServerProfileTest {
    private TestServer server;
    private String ana;
    private String sue;

    @BeforeEach
    void setUp() throws SQLException {
        server = TestServer.initialized();
        ana = server.member("ana", Role.ANALYST);
        sue = server.member("sue", Role.SUPERVISOR);
    }

    @AfterEach
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void oneAnalystsConfirmedSegmentIsAnothersFuzzyMatch() {
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            profile.memory().confirm("ru", "en", "Совещание начнётся в девять утра.", "The meeting starts at nine.",
                    "a.txt", Origin.HUMAN);
        }
        try (UserProfile profile = TeamServer.openProfile(server.address(sue))) {
            TmLookup lookup = profile.memory().lookup("ru", "en", "Совещание начнётся в десять утра.");
            List<TmMatch> fuzzy = lookup.fuzzy();
            assertEquals(1, fuzzy.size(), lookup.toString());
            assertEquals("The meeting starts at nine.", fuzzy.get(0).entry().target());
            assertEquals(ana, fuzzy.get(0).entry().createdBy());
        }
    }

    @Test
    void aTbxImportedTwiceOnTheServerGoesOutAsItCameIn(@TempDir Path dir) throws Exception {
        Path tbx = Files.writeString(dir.resolve("delta.tbx"), TbxInOut.SAMPLE);
        Path out = dir.resolve("out.tbx");
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            assertEquals(1, profile.glossary().importFile(tbx, "delta", null, null));
            assertEquals(1, profile.glossary().importFile(tbx, "delta", null, null));
            assertEquals(1, profile.glossary().glossaries().get(0).terms(), "importing again updates");
            assertEquals(List.of("плутонг"), profile.glossary().findTerms("en", "ru", "The platoon moved.").get(0)
                    .term().forbidden());
            assertEquals(1, profile.glossary().exportFile(out, "delta"));
        }
        assertEquals(List.of(), TbxInOut.compare(Files.readAllBytes(tbx), Files.readAllBytes(out)).differences(),
                Files.readString(out));
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT count(*) FROM glossary_file")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the first import's header and back matter went with its concepts");
        }
    }

    @Test
    void aTmxImportedTwiceOnTheServerGoesOutWithItsHeaderUnitsAndTagsAsItCameIn(@TempDir Path dir) throws Exception {
        Path tmx = dir.resolve("delta.tmx");
        Files.writeString(tmx, TmxInOut.SAMPLE);
        Path out = dir.resolve("out.tmx");
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            assertEquals(1, profile.memory().importTmx(tmx, ImportProgress.NONE));
            assertEquals(1, profile.memory().importTmx(tmx, ImportProgress.NONE));
            assertEquals(1, profile.memory().size());
            assertEquals(1, profile.memory().lookup("ru", "en", "Совещание начнётся в девять утра.").exact().size());
            assertEquals(1, profile.memory().exportTmx(out, null));
        }
        assertEquals(List.of(), TmxInOut.differences(tmx, Files.readAllBytes(out), true), Files.readString(out));
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT count(*) FROM tm_header")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the first import's header went with its units");
        }
    }

    @Test
    void anExactMatchIsFoundOnTheServer() {
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            profile.memory().confirm("ru", "en", "Привет.", "Hello.", "a.txt", Origin.HUMAN);
            assertEquals(1, profile.memory().lookup("ru", "en", "Привет.").exact().size());
        }
    }

    @Test
    void verifyNamesRowsTheOwnerDeletedFromTheEnd() throws SQLException {
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            TranslationJob job = profile.history().startJob("a.txt", "ru", "en", null, null);
            job.finish();
        }
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            // Only the owner can; the anchor still counts the row.
            s.execute("DELETE FROM history_event WHERE sequence = (SELECT max(sequence) FROM history_event)");
            s.execute("UPDATE history_head SET sequence = sequence - 1,"
                    + " hash = (SELECT hash FROM history_event ORDER BY sequence DESC LIMIT 1)");
        }
        try (UserProfile profile = TeamServer.openProfile(server.address(sue))) {
            HistoryCheck check = profile.history().check();
            assertFalse(check.intact());
            assertTrue(check.summary().contains("rows were removed"), check.summary());
        }
    }
}
