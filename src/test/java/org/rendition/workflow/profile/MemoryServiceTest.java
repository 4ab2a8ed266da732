package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.profile.ImportProgress;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.UserProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.memory.Origin;
import org.rendition.memory.TmEntry;
import org.rendition.memory.TmMatch;
import org.rendition.memory.TmxReader;

class MemoryServiceTest {
    @TempDir
    Path dir;

    @Test
    void confirmedSegmentComesBackAsExactMatch() {
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.memory().confirm("ru", "en", "Где находится штаб?", "Where is the headquarters?",
                    "brief.docx", Origin.EDITED_MACHINE);
        }
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            TmLookup lookup = profile.memory().lookup("ru", "en", "Где находится штаб?");
            assertEquals(1, lookup.exact().size());
            TmMatch match = lookup.exact().get(0);
            assertEquals(100, match.score());
            assertEquals("Where is the headquarters?", match.entry().target());
            assertEquals(Origin.EDITED_MACHINE, match.entry().origin());
            assertEquals("brief.docx", match.entry().document());
            assertEquals(SystemAccount.name(), match.entry().createdBy());
        }
    }

    @Test
    void similarSourceComesBackAsFuzzyMatchWithItsDifferences() {
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.memory().confirm("ru", "en", "Колонна из пяти танков движется на север.",
                    "A column of five tanks is moving north.", null, Origin.HUMAN);
            profile.memory().confirm("ru", "en", "Погода сегодня хорошая.", "The weather is fine today.",
                    null, Origin.HUMAN);
            TmLookup lookup = profile.memory().lookup("ru", "en", "Колонна из шести танков движется на север.");
            assertTrue(lookup.exact().isEmpty());
            assertEquals(1, lookup.fuzzy().size());
            TmMatch match = lookup.fuzzy().get(0);
            assertEquals(86, match.score()); // 1 word of 7 words + a full stop (0.25): 1 - 1/7.25
            assertEquals("Колонна из [-пяти-]{+шести+} танков движется на север.", match.renderedDifferences());
        }
    }

    @Test
    void fuzzyMatchesBelowThresholdAreNotShown() {
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.memory().confirm("en", "ru", "The convoy left at dawn.", "Колонна ушла на рассвете.",
                    null, Origin.HUMAN);
            assertTrue(profile.memory().lookup("en", "ru", "The convoy arrived late yesterday.").fuzzy().isEmpty());
            assertFalse(profile.memory().lookup("en", "ru", "The convoy arrived late yesterday.", 30, 5)
                    .fuzzy().isEmpty());
        }
    }

    @Test
    void matchesOfAnotherLanguagePairAreNotReturned() {
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.memory().confirm("ru", "uk", "Где штаб?", "Де штаб?", null, Origin.HUMAN);
            assertTrue(profile.memory().lookup("ru", "en", "Где штаб?").best().isEmpty());
        }
    }

    @Test
    void tmxExportAndReimportKeepsEveryEntry() throws Exception {
        Path tmx = dir.resolve("memory.tmx");
        List<TmEntry> exported = new ArrayList<>();
        try (UserProfile profile = UserProfile.open(dir.resolve("a.db"))) {
            profile.memory().confirm("ru", "en", "Раз.", "One.", "d1", Origin.HUMAN);
            profile.memory().confirm("ru", "en", "Два.", "Two.", null, Origin.MACHINE);
            assertEquals(2, profile.memory().exportTmx(tmx, null));
        }
        new TmxReader("x", java.time.Instant.EPOCH).read(tmx, exported::add);
        try (UserProfile profile = UserProfile.open(dir.resolve("b.db"))) {
            assertEquals(2, profile.memory().importTmx(tmx, ImportProgress.NONE));
            Path again = dir.resolve("again.tmx");
            profile.memory().exportTmx(again, null);
            List<TmEntry> reexported = new ArrayList<>();
            new TmxReader("x", java.time.Instant.EPOCH).read(again, reexported::add);
            assertEquals(exported, reexported);
            assertEquals("One.", profile.memory().lookup("ru", "en", "Раз.").exact().get(0).entry().target());
        }
    }

    @Test
    void malformedTmxImportsNothingAndNamesTheLine() throws Exception {
        Path tmx = dir.resolve("bad.tmx");
        Files.writeString(tmx, "<tmx version=\"1.4\"><header srclang=\"ru\"/><body>\n"
                + "<tu><tuv xml:lang=\"ru\"><seg>Да</seg></tuv><tuv xml:lang=\"en\"><seg>Yes</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"ru\"><seg>Нет</seg></tuv><tuv xml:lang=\"en\"><seg>No</seg></tuv>\n"
                + "</body></tmx>\n");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            WorkflowException e = assertThrows(WorkflowException.class,
                    () -> profile.memory().importTmx(tmx, ImportProgress.NONE));
            assertTrue(e.getMessage().contains("line 4"), e.getMessage());
            assertEquals(0, profile.memory().size());
        }
    }

    @Test
    void databaseLocationFollowsEnvironmentThenXdgThenHome() {
        assertEquals(Path.of("/x/my.db"), DatabaseLocation.resolve(
                java.util.Map.of("RENDITION_DB", "/x/my.db", "XDG_DATA_HOME", "/d"), "/home/a"));
        assertEquals(Path.of("/d/rendition/rendition.db"),
                DatabaseLocation.resolve(java.util.Map.of("XDG_DATA_HOME", "/d"), "/home/a"));
        assertEquals(Path.of("/home/a/.local/share/rendition/rendition.db"),
                DatabaseLocation.resolve(java.util.Map.of(), "/home/a"));
    }
}
