package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.documents.ocr.RenderedPage;

/** {@code translate --in page.png}: a scanned page read by OCR and translated, as text or as JSON. */
class ScanTranslationCommandTest {
    private static final String FIRST = "Министерство обороны сообщило о начале учений на юге страны.";
    private static final String PAGE = FIRST + " Они продлятся неделю.";

    @TempDir
    static Path temp;
    static Path models;
    static Path page;

    @BeforeAll
    static void importPackAndScanAPage() throws Exception {
        models = temp.resolve("models");
        rendition("models", "import", SharedData.model("tiny-nllb").toString(), "--models-dir", models.toString());
        page = temp.resolve("page.png");
        ImageIO.write(RenderedPage.clean(PAGE, false), "png", page.toFile());
    }

    /** Standard output and standard error, the exit code checked to be 0. */
    private static String[] rendition(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RenditionCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, exit, err.toString());
        return new String[] {err.toString(), out.toString()};
    }

    @Test
    void scannedPageIsReadByOcrAndPrintedInTranslation() {
        String out = rendition("translate", "--in", page.toString(), "--from", "ru", "--no-memory", "--models-dir",
            models.toString())[1];
        assertTrue(out.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), out);
        assertTrue(out.matches("(?s).*[A-Za-z].*"), out);
    }

    @Test
    void jsonGivesEachSegmentItsSourcePageBoxAndOcrConfidence() {
        String json = rendition("translate", "--in", page.toString(), "--json", "--no-memory", "--models-dir",
            models.toString())[1];
        assertTrue(json.contains("\"source\": \"" + FIRST + "\""), json);
        assertTrue(json.contains("\"page\": 1, \"ocrConfidence\": 0.9"), json);
        assertTrue(json.contains("\"box\": {\"left\": "), json);
        assertTrue(json.contains("\"sourceLanguage\": \"ru\""), json);
    }
}
