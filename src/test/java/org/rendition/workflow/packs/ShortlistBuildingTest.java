package org.rendition.workflow.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.shortlist.PackShortlist;
import org.rendition.engine.shortlist.ShortlistFile;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/** Building a pack's shortlist from a parallel text, and what bad input gets. */
class ShortlistBuildingTest {
    private static final String PACK = "tiny-marian-zh-en";
    @TempDir
    Path folder;
    private ModelPacks packs;

    @BeforeEach
    void importPack() throws Exception {
        new ModelLibrary(folder.resolve("models")).importFrom(SharedData.model(PACK), ImportRequest.defaults());
        packs = new ModelPacks(folder.resolve("models"));
    }

    @Test
    void aShortlistBuiltFromParallelTextIsStoredBesideThePackAndVerified() throws Exception {
        Path zh = write("zh.txt", "我们去公园。\n他是老师。\n\n");
        Path en = write("en.txt", "We go to the park.\nHe is a teacher.\n\n");
        PackShortlist.Built built = packs.buildShortlist(PACK, null, null, zh, en, 50, 1000);
        assertEquals(2, built.sentencePairs());
        assertEquals(1, built.skipped(), "the blank line pair");
        assertTrue(Files.exists(ShortlistFile.in(folder.resolve("models").resolve(PACK))));
        ModelPacks.VerifyResult verified = packs.verify(List.of(PACK)).get(0);
        assertTrue(verified.intact(), verified.detail());
        assertTrue(verified.detail().contains("shortlist intact"), verified.detail());
    }

    @Test
    void aChangedShortlistFailsVerificationInOneSentence() throws Exception {
        packs.buildShortlist(PACK, null, null, write("zh.txt", "他是老师。\n"), write("en.txt", "He is a teacher.\n"),
                50, 1000);
        Path file = ShortlistFile.in(folder.resolve("models").resolve(PACK));
        Files.writeString(file, Files.readString(file).replace("frequent\t", "frequent\t7 "));
        ModelPacks.VerifyResult verified = packs.verify(List.of(PACK)).get(0);
        assertFalse(verified.intact());
        assertOneSentence(verified.detail());
        assertTrue(verified.detail().contains("checksum"), verified.detail());
    }

    @Test
    void filesOfDifferentLengthAreRefusedInOneSentence() throws Exception {
        assertRefused(write("zh.txt", "他是老师。\n我们去公园。\n"), write("en.txt", "He is a teacher.\n"), "same number of lines");
    }

    @Test
    void aBinaryFileIsRefusedInOneSentence() throws Exception {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 128);
        }
        Path binary = folder.resolve("binary.dat");
        Files.write(binary, bytes);
        assertRefused(binary, write("en.txt", "He is a teacher.\n"), "not UTF-8");
    }

    @Test
    void emptyFilesAreRefusedInOneSentence() throws Exception {
        assertRefused(write("zh.txt", ""), write("en.txt", ""), "no sentence pairs");
    }

    @Test
    void absurdSizesAreRefusedInOneSentence() throws Exception {
        WorkflowException e = assertThrows(WorkflowException.class, () -> packs.buildShortlist(PACK, null, null,
                write("zh.txt", "他是老师。\n"), write("en.txt", "He is a teacher.\n"), 1_000_000, 1000));
        assertOneSentence(e.getMessage());
    }

    @Test
    void aLanguageThePackDoesNotTranslateIsRefused() throws Exception {
        WorkflowException e = assertThrows(WorkflowException.class, () -> packs.buildShortlist(PACK, Language.RUSSIAN,
                null, write("ru.txt", "Он учитель.\n"), write("en.txt", "He is a teacher.\n"), 50, 1000));
        assertOneSentence(e.getMessage());
    }

    private void assertRefused(Path source, Path target, String expected) {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> packs.buildShortlist(PACK, null, null, source, target, 50, 1000));
        assertOneSentence(e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(Files.exists(ShortlistFile.in(folder.resolve("models").resolve(PACK))), "nothing written");
    }

    private static void assertOneSentence(String message) {
        assertFalse(message.contains("\n") || message.contains("Exception"), message);
        assertTrue(message.endsWith("."), message);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
