package org.rendition.workflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.memory.Origin;

/** What leaves the profile database may be classified: memory and glossary exports are owner-only. */
class PrivateExportsTest {
    @TempDir
    Path dir;

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aMemoryExportIsReadableByItsOwnerOnly() throws Exception {
        Path out = dir.resolve("memory.tmx");
        Files.writeString(out, "an older, world-readable file");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.memory().confirm("ru", "en", "Колонна прошла мост.", "The convoy crossed the bridge.", "a.txt",
                    Origin.HUMAN);
            profile.memory().exportTmx(out, null);
        }
        assertEquals("rw-------", permissions(out));
    }

    @Test
    void aGlossaryExportIsReadableByItsOwnerOnly() throws Exception {
        Path csv = dir.resolve("terms.csv");
        Path tbx = dir.resolve("terms.tbx");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.glossary().importFile(Path.of("glossaries/military-ranks-ru-en.tsv"), "military", null, null);
            profile.glossary().exportFile(csv, "military");
            profile.glossary().exportFile(tbx, "military");
        }
        assertEquals("rw-------", permissions(csv));
        assertEquals("rw-------", permissions(tbx));
    }
}
