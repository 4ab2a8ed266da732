package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MemoryCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int rendition(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandLine(new RenditionCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void importedTmxIsFoundBySearchWithItsDifferences() throws Exception {
        Path tmx = dir.resolve("m.tmx");
        Files.writeString(tmx, "<tmx version=\"1.4\"><header srclang=\"ru\"/><body><tu>"
                + "<tuv xml:lang=\"ru\"><seg>Колонна из пяти танков движется на север.</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>A column of five tanks is moving north.</seg></tuv></tu></body></tmx>");
        String db = dir.resolve("p.db").toString();
        assertEquals(0, rendition("tm", "import", "--db", db, tmx.toString()));
        assertTrue(out.toString().contains("Imported 1 segments"), out.toString());
        assertEquals(0, rendition("tm", "search", "--db", db, "-f", "ru", "-t", "en",
                "Колонна из шести танков движется на север."));
        assertTrue(out.toString().contains("86%  A column of five tanks is moving north."), out.toString());
        assertTrue(out.toString().contains("[-пяти-]{+шести+}"), out.toString());
    }

    @Test
    void malformedTmxIsOneSentenceOnStderrWithNonZeroExit() throws Exception {
        Path tmx = dir.resolve("bad.tmx");
        Files.writeString(tmx, "<tmx version=\"1.4\">\n<body>\n<tu></body></tmx>");
        assertEquals(1, rendition("tm", "import", "--db", dir.resolve("p.db").toString(), tmx.toString()));
        assertTrue(err.toString().startsWith("The TMX file"), err.toString());
        assertTrue(err.toString().contains("line 3"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void glossaryImportListsTheGlossary() {
        String db = dir.resolve("p.db").toString();
        assertEquals(0, rendition("glossary", "import", "--db", db, "glossaries/military-ranks-ru-en.tsv"));
        assertEquals(0, rendition("glossary", "list", "--db", db));
        assertTrue(out.toString().startsWith("military-ranks-ru-en\t"), out.toString());
        assertEquals(0, rendition("glossary", "list", "--db", db, "--name", "military-ranks-ru-en"));
        assertTrue(out.toString().contains("генерал-полковник → colonel general"), out.toString());
    }

    @Test
    void historyVerifyOfEmptyHistoryIsIntact() {
        assertEquals(0, rendition("history", "verify", "--db", dir.resolve("p.db").toString()));
        assertTrue(out.toString().startsWith("History intact: 0 rows"), out.toString());
    }

    @Test
    void unknownHistoryRowIsReportedPlainly() {
        assertEquals(1, rendition("history", "show", "--db", dir.resolve("p.db").toString(), "7"));
        assertEquals("There is no history row 7; 'history list' shows the rows.", err.toString().strip());
    }
}
