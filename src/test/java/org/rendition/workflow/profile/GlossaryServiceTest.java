package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.UserProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.glossary.GlossaryHit;
import org.rendition.glossary.GlossaryTerm;

class GlossaryServiceTest {
    private static final Path STARTERS = Path.of("glossaries");

    @TempDir
    Path dir;

    @Test
    void starterGlossariesImportAndFindInflectedTerms() {
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            assertTrue(profile.glossary().importFile(STARTERS.resolve("military-ranks-ru-en.tsv"), null, null, null) > 50);
            assertTrue(profile.glossary().importFile(STARTERS.resolve("arabic-honorifics-ar-en.tsv"), null, null, null) > 30);
            List<GlossaryHit> hits = profile.glossary().findTerms("ru", "en",
                    "Представитель Министерства обороны сообщил о приказе генерал-полковника.");
            List<String> targets = hits.stream().map(h -> h.term().target()).toList();
            assertTrue(targets.contains("Ministry of Defence"), targets.toString());
            assertTrue(targets.contains("colonel general"), targets.toString());
            List<GlossaryHit> arabic = profile.glossary().findTerms("ar", "en", "استقبل خادم الحرمين الشريفين السفير");
            assertEquals("Custodian of the Two Holy Mosques", arabic.get(0).term().target());
            assertEquals(2, profile.glossary().glossaries().size());
        }
    }

    @Test
    void tbxExportAndReimportKeepsEveryTerm() {
        Path tbx = dir.resolve("ranks.tbx");
        try (UserProfile profile = UserProfile.open(dir.resolve("a.db"))) {
            profile.glossary().importFile(STARTERS.resolve("military-ranks-ru-en.tsv"), "ranks", null, null);
            profile.glossary().exportFile(tbx, "ranks");
            List<GlossaryTerm> before = profile.glossary().terms("ranks");
            try (UserProfile other = UserProfile.open(dir.resolve("b.db"))) {
                other.glossary().importFile(tbx, "ranks", null, null);
                List<GlossaryTerm> after = other.glossary().terms("ranks");
                assertEquals(before.stream().map(t -> t.stored(0, "ranks")).toList(),
                        after.stream().map(t -> t.stored(0, "ranks")).toList());
            }
        }
    }

    /**
     * Termbases number their concepts alike (c1, c2 ...): a second termbase imported into the same
     * glossary keeps its c1 beside the first's, and importing the first again updates only its own.
     */
    @Test
    void termbasesWithTheSameIdsInOneGlossaryKeepBothAndReimportUpdatesItsOwn() throws Exception {
        Path weapons = termbase("weapons.tbx", "c1", "автомат", "assault rifle");
        Path ranks = termbase("ranks.tbx", "c1", "полковник", "colonel");
        try (UserProfile profile = UserProfile.open(dir.resolve("t.db"))) {
            profile.glossary().importFile(weapons, "team", null, null);
            profile.glossary().importFile(ranks, "team", null, null);
            assertEquals(List.of("assault rifle", "colonel"), targets(profile));
            profile.glossary().importFile(termbase("weapons.tbx", "c1", "автомат", "automatic rifle"), "team", null,
                    null);
            assertEquals(List.of("automatic rifle", "colonel"), targets(profile));
        }
    }

    private Path termbase(String name, String id, String russian, String english) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "<tbx type=\"TBX-Min\" xml:lang=\"en\"><text><body><conceptEntry id=\"" + id + "\">"
                + "<langSec xml:lang=\"ru\"><termSec><term>" + russian + "</term></termSec></langSec>"
                + "<langSec xml:lang=\"en\"><termSec><term>" + english + "</term></termSec></langSec>"
                + "</conceptEntry></body></text></tbx>");
        return file;
    }

    private static List<String> targets(UserProfile profile) {
        return profile.glossary().terms("team").stream().map(GlossaryTerm::target).sorted().toList();
    }

    @Test
    void aGlossaryFilePastTheSizeLimitIsRefusedInOneSentenceBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (var file = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            // Sparse: 3 GB that take no disk, more than Java can hold in one array.
            file.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), 3L * 1024 * 1024 * 1024);
        }
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            WorkflowException e = assertThrows(WorkflowException.class,
                    () -> profile.glossary().importFile(huge, null, null, null));
            assertTrue(e.getMessage().contains("is 3073 MB; a glossary file may be at most 128 MB (raise it with "
                    + "-Drendition.glossary.maxMegabytes=N)"), e.getMessage());
        }
    }

    @Test
    void aTermColumnHoldingARunOfTextIsRefusedWithItsLine() throws Exception {
        Path csv = dir.resolve("wrong.csv");
        Files.writeString(csv, "source,target,source_lang,target_lang\nрота,company,ru,en\n"
                + "а".repeat(5000) + ",b,ru,en\n");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            WorkflowException e = assertThrows(WorkflowException.class,
                    () -> profile.glossary().importFile(csv, null, null, null));
            assertTrue(e.getMessage().contains("at line 3: a term of 5000 characters: a glossary term is at most 1000"),
                    e.getMessage());
            assertEquals(List.of(), profile.glossary().glossaries());
        }
    }

    @Test
    void spreadsheetCsvSavedAsUnicodeTextImports() throws Exception {
        // Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated, language codes as header.
        Path csv = dir.resolve("excel.csv");
        Files.write(csv, ("\uFEFFru\ten\r\nрота\tcompany\r\nвзвод\tplatoon\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        try (UserProfile profile = UserProfile.open(dir.resolve("x.db"))) {
            assertEquals(2, profile.glossary().importFile(csv, null, null, null));
        }
    }

    @Test
    void badGlossaryImportsNothingAndNamesTheLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "source,target,source_lang,target_lang\nрота,company,ru,en\nвзвод,,ru,en\n");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            WorkflowException e = assertThrows(WorkflowException.class,
                    () -> profile.glossary().importFile(csv, null, null, null));
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
            assertTrue(profile.glossary().glossaries().isEmpty());
        }
    }
}
