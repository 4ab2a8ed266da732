package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rendition qa} on an XLIFF file a colleague returned. */
class QaCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int rendition(String... args) {
        return new CommandLine(new RenditionCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    private Path xliff() throws Exception {
        Path file = dir.resolve("report.xlf");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">
                 <file id="f1" original="report.txt">
                  <unit id="u1"><segment state="final"><source>Встреча состоится 15 марта.</source>
                   <target>The meeting will take place on 12 March.</target></segment></unit>
                  <unit id="u2"><segment state="translated"><source>Все согласны.</source>
                   <target>Everyone everyone agrees.</target></segment></unit>
                 </file>
                </xliff>
                """);
        return file;
    }

    @Test
    void qaReportsTheNumberMismatchAndTheDoubledWordWithTheirSegments() throws Exception {
        assertEquals(0, rendition("qa", xliff().toString(), "--no-memory", "--models-dir", dir.toString()), err.toString());
        String report = out.toString();
        assertTrue(report.contains("Segment 1 [numbers]: Number mismatch"), report);
        assertTrue(report.contains("Segment 2 [doubled]: Doubled word 'Everyone'."), report);
        assertTrue(err.toString().contains("issues in 2 of 2 segments"), err.toString());
    }

    @Test
    void aSkippedCheckIsNotReportedAndJsonListsTheRest() throws Exception {
        assertEquals(0, rendition("qa", xliff().toString(), "--no-memory", "--models-dir", dir.toString(),
                "--skip", "numbers,unconfirmed", "--json"), err.toString());
        assertFalse(out.toString().contains("\"numbers\""), out.toString());
        assertTrue(out.toString().contains("{\"segment\": 2, \"check\": \"doubled\""), out.toString());
    }

    @Test
    void anUnknownCheckIsOneSentence() throws Exception {
        assertEquals(1, rendition("qa", xliff().toString(), "--no-memory", "--skip", "spelling"));
        assertTrue(err.toString().contains("there is no check 'spelling'"), err.toString());
    }
}
