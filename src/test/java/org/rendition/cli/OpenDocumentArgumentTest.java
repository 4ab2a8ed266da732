package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code rendition report.docx} opens the window with the document; commands and options stay commands. */
class OpenDocumentArgumentTest {
    @Test
    void oneArgumentThatIsNoCommandIsADocumentToOpen() {
        assertEquals(Optional.of(Path.of("report.docx")), RenditionCommand.documentToOpen("report.docx"));
    }

    @Test
    void commandsOptionsAndSeveralArgumentsAreLeftToTheCommandLine() {
        assertTrue(RenditionCommand.documentToOpen("doctor").isEmpty());
        assertTrue(RenditionCommand.documentToOpen("--version").isEmpty());
        assertTrue(RenditionCommand.documentToOpen("translate", "--in", "x.txt").isEmpty());
        assertTrue(RenditionCommand.documentToOpen().isEmpty());
    }
}
