package org.rendition.workflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.glossary.GlossaryHit;
import org.rendition.glossary.TbxInOut;

/** A termbase made by another CAT tool comes in, is used, and goes out through the profile as it came. */
class TbxExchangeTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyGoodCorpusTermbaseGoesOutOfTheProfileAsItCameInAndReimportsInPlace() throws Exception {
        return SharedData.corpusFiles("exchange/tbx", ".tbx").stream()
                .filter(f -> !f.getFileName().toString().contains("_bad")
                        && !f.getFileName().toString().contains("poorly_formed"))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Path folder = Files.createTempDirectory(dir, "tbx");
                    Path out = folder.resolve("out.tbx");
                    try (UserProfile profile = UserProfile.open(folder.resolve("p.db"))) {
                        int concepts = profile.glossary().importFile(file, "termbase", null, null);
                        assertEquals(concepts, profile.glossary().importFile(file, "termbase", null, null));
                        assertEquals(List.of(concepts), profile.glossary().glossaries().stream()
                                .map(g -> (int) g.terms()).toList(), "importing again updates, not duplicates");
                        assertEquals(concepts, profile.glossary().exportFile(out, "termbase"));
                    }
                    TbxInOut.Result same = TbxInOut.compare(Files.readAllBytes(file), Files.readAllBytes(out));
                    assertEquals(List.of(), same.differences(), file.getFileName().toString());
                }));
    }

    @Test
    void aRichTermbaseIsMatchedWithItsForbiddenTermsAndGoesOutAsItCameIn() throws Exception {
        Path tbx = Files.writeString(dir.resolve("delta.tbx"), TbxInOut.SAMPLE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.tbx");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            assertEquals(1, profile.glossary().importFile(tbx, "delta", null, null));
            List<GlossaryHit> hits = profile.glossary().findTerms("en", "ru", "The platoon moved at dawn.");
            assertEquals("взвод", hits.get(0).term().target());
            assertEquals(List.of("плутонг"), hits.get(0).term().forbidden(), "deprecated stays forbidden");
            profile.glossary().exportFile(out, "delta");
        }
        assertEquals(List.of(), TbxInOut.compare(Files.readAllBytes(tbx), Files.readAllBytes(out)).differences(),
                Files.readString(out));
        assertTrue(Files.readString(out).contains(">deprecated</termNote>"), "the status as the file gave it");
    }

    @Test
    void anEntryWithoutIdIsUpdatedByImportingTheFileAgain() throws Exception {
        Path tbx = Files.writeString(dir.resolve("legacy.tbx"), TbxInOut.SAMPLE_2008, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.tbx");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            for (int time = 1; time <= 2; time++) {
                profile.glossary().importFile(tbx, "legacy", null, null);
            }
            assertEquals(1, profile.glossary().glossaries().get(0).terms());
            assertEquals(1, profile.glossary().exportFile(out, "legacy"));
        }
        assertEquals(List.of(), TbxInOut.compare(Files.readAllBytes(tbx), Files.readAllBytes(out)).differences());
    }

    @Test
    void termbasesFromTwoFilesGoOutUnderTheHeaderOfMostWithBothFilesBackMatter() throws Exception {
        Path many = SharedData.corpusFiles("exchange/tbx", ".tbx").stream()
                .filter(f -> f.getFileName().toString().equals("ltac__basic_good.tbx")).findFirst().orElseThrow();
        Path one = Files.writeString(dir.resolve("delta.tbx"), TbxInOut.SAMPLE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.tbx");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.glossary().importFile(one, null, null, null);
            profile.glossary().importFile(many, null, null, null);
            assertEquals(46, profile.glossary().exportFile(out, null), "every glossary");
        }
        String written = Files.readString(out);
        assertTrue(written.contains("<p>TBX file, created via MultiTerm Export</p>"), "the header of the 45");
        for (String id : List.of("pe324as3-9615-4d41-a9c8-30c36bffe0e6", "pm1", "org1")) {
            assertTrue(written.contains("<refObject id=\"" + id + "\">"), "the back matter of both files: " + id);
        }
        assertEquals(1, written.split("<back>", -1).length - 1, "one back");
        assertEquals(1, written.split("<conceptEntry id=\"c7\"", -1).length - 1, "ids stay unique in one file");
    }
}
