package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that bend MIME the way real mail programs do are read, and the repair is named in the notes. */
class EmlRepairTest {
    @TempDir
    Path folder;

    @Test
    void outlooksUnquotedBoundaryAndAHyphenatedSevenBitAreReadAndNamed() throws Exception {
        String message = "From: sender@example.org\r\nSubject: Отчёт\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=----=_NextPart_000_0001_01D0\r\n\r\n"
            + "------=_NextPart_000_0001_01D0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 7-bit\r\n\r\nКолонна прибыла утром.\r\n"
            + "------=_NextPart_000_0001_01D0--\r\n";
        Path file = Files.write(folder.resolve("outlook.eml"), message.getBytes(StandardCharsets.UTF_8));
        SourceDocument document = new EmlReader().read(file);
        assertEquals("Колонна прибыла утром.", document.blocks().get(1).text());
        assertTrue(document.notes().contains("Repaired: an unquoted header value (----=_NextPart_000_0001_01D0) was "
            + "read as if quoted."), document.notes().toString());
        assertTrue(document.notes().contains("Repaired: the transfer encoding '7-bit' was read as '7bit'."),
            document.notes().toString());
    }

    @Test
    void aWellFormedMessageHasNothingRepaired() throws Exception {
        String message = "From: sender@example.org\r\nSubject: Test\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nКолонна прибыла утром.\r\n";
        Path file = Files.write(folder.resolve("plain.eml"), message.getBytes(StandardCharsets.UTF_8));
        assertTrue(new EmlReader().read(file).notes().stream().noneMatch(note -> note.startsWith("Repaired")));
    }
}
