package org.rendition.workflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.memory.Origin;
import org.rendition.memory.TmEntry;

/** What the window's editor keeps in the profile: concordance, the recent list, glossaries kept fresh. */
class EditorProfileTest {
    @TempDir
    Path temp;

    @Test
    void concordanceFindsAPhraseAsARunOfWordsWhateverItsCase() throws Exception {
        try (UserProfile profile = UserProfile.open(temp.resolve("p.db"))) {
            profile.memory().confirm("ru", "en", "Министерство обороны сообщило о начале учений.",
                    "The Ministry of Defence announced exercises.", "a.docx", Origin.HUMAN);
            profile.memory().confirm("ru", "en", "Обороны министерство не сообщило.", "Not reported.", "b.docx",
                    Origin.HUMAN);
            profile.memory().confirm("ru", "de", "Министерство обороны сообщило.", "Das Ministerium.", "c.docx",
                    Origin.HUMAN);
            List<TmEntry> found = profile.memory().concordance("ru", "en", "министерство ОБОРОНЫ", 10);
            assertEquals(List.of("The Ministry of Defence announced exercises."),
                    found.stream().map(TmEntry::target).toList(), "words in order, the pair's entries only");
            assertTrue(profile.memory().concordance("ru", "en", "   ", 10).isEmpty());
        }
    }

    @Test
    void concordanceAlsoFindsAPhraseInTheTranslationsOfTheMemory() throws Exception {
        try (UserProfile profile = UserProfile.open(temp.resolve("p.db"))) {
            profile.memory().confirm("ru", "en", "Переговоры продлятся неделю.", "The talks will last a week.",
                    "a.docx", Origin.HUMAN);
            profile.memory().confirm("ru", "en", "Учения продлятся месяц.", "The exercises will last a month.",
                    "b.docx", Origin.HUMAN);
            List<TmEntry> found = profile.memory().concordance("ru", "en", "Last a WEEK", 10);
            assertEquals(List.of("Переговоры продлятся неделю."), found.stream().map(TmEntry::source).toList(),
                    "the run of words in a target, whatever its case");
            assertEquals(2, profile.memory().concordance("ru", "en", "will last", 10).size());
            assertEquals(1, profile.memory().concordance("ru", "en", "will last", 1).size(), "at most as many as asked");
        }
    }

    @Test
    void anEntryForgottenLeavesTheMemoryAsItWasBeforeItWasStored() throws Exception {
        try (UserProfile profile = UserProfile.open(temp.resolve("p.db"))) {
            TmEntry older = profile.memory().confirm("ru", "en", "Мост закрыт.", "The bridge is closed.", "a.docx",
                    Origin.HUMAN);
            TmEntry newer = profile.memory().confirm("ru", "en", "Мост закрыт.", "The bridge was closed.", "b.docx",
                    Origin.HUMAN);
            profile.memory().forget(newer);
            assertEquals(List.of(older.id()), profile.memory().lookup("ru", "en", "Мост закрыт.").exact().stream()
                    .map(m -> m.entry().id()).toList());
            assertTrue(profile.memory().concordance("ru", "en", "was closed", 10).isEmpty(), "its words are unindexed");
            assertEquals(1, profile.memory().size());
        }
    }

    @Test
    void recentDocumentsAreNewestFirstWithoutDuplicatesAndForgetMissingFiles() throws Exception {
        try (UserProfile profile = UserProfile.open(temp.resolve("p.db"))) {
            List<Path> files = IntStream.range(0, RecentDocuments.MAX + 2).mapToObj(i -> temp.resolve(i + ".txt"))
                    .toList();
            for (Path file : files) {
                Files.writeString(file, "x");
                profile.recentDocuments().add(file);
            }
            profile.recentDocuments().add(files.get(RecentDocuments.MAX));
            List<Path> recent = profile.recentDocuments().list();
            assertEquals(RecentDocuments.MAX, recent.size());
            assertEquals(files.get(RecentDocuments.MAX), recent.get(0));
            assertEquals(files.get(RecentDocuments.MAX + 1), recent.get(1));
            Files.delete(files.get(RecentDocuments.MAX + 1));
            assertEquals(RecentDocuments.MAX - 1, profile.recentDocuments().list().size(), "a deleted file is left out");
        }
    }

    @Test
    void aWindowOnTheTeamServerKeepsItsRecentListInTheWorkstationsOwnProfileFile() throws Exception {
        Path document = Files.writeString(temp.resolve("report.txt"), "x");
        Path local = temp.resolve("local.db");
        RecentDocuments.inFile(local).add(document);
        try (UserProfile profile = UserProfile.open(local)) {
            assertEquals(List.of(document.toAbsolutePath()), profile.recentDocuments().list());
        }
    }

    @Test
    void aGlossaryImportedByAnotherProcessIsMatchedWithoutARestart() throws Exception {
        Path db = temp.resolve("p.db");
        try (UserProfile window = UserProfile.open(db)) {
            assertTrue(window.glossary().findTerms("ru", "en", "Генштаб сообщил.").isEmpty());
            try (UserProfile commandLine = UserProfile.open(db)) {
                commandLine.glossary().importTerms("military", List.of(new GlossaryTerm(0, "military", "ru", "en",
                        "Генштаб", "General Staff", org.rendition.glossary.PartOfSpeech.PROPER_NOUN, null, List.of(), false, false)));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (window.glossary().findTerms("ru", "en", "Генштаб сообщил.").isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals("General Staff", window.glossary().findTerms("ru", "en", "Генштаб сообщил.").get(0).term()
                    .target());
        }
    }
}
