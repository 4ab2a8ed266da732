package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.cli.CommandLineTest.rendition;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.cli.CommandLineTest.Result;

/** {@code translate --in x.docx --out y.docx} and {@code inspect}: documents from the command line. */
class DocumentCommandsTest {
    @TempDir
    static Path temp;
    static Path models;

    @BeforeAll
    static void importPack() {
        models = temp.resolve("models");
        Result nllb = rendition("models", "import", SharedData.model("tiny-nllb").toString(),
                "--models-dir", models.toString());
        assertEquals(0, nllb.exit(), nllb.err());
    }

    @Test
    void wordFileIsTranslatedIntoAWordFileKeepingItsBoldRun() throws Exception {
        Path in = russianWordFile("report.docx");
        Path out = temp.resolve("report.en.docx");
        Result result = rendition("translate", "--in", in.toString(), "--out", out.toString(), "--no-memory",
                "--models-dir", models.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.err().contains("from Russian (detected)"), result.err());
        try (XWPFDocument written = new XWPFDocument(Files.newInputStream(out))) {
            XWPFParagraph paragraph = written.getParagraphs().stream()
                    .filter(p -> p.getRuns().stream().anyMatch(XWPFRun::isBold)).findFirst().orElseThrow();
            assertTrue(paragraph.getText().chars().noneMatch(c -> Character.UnicodeBlock.of(c)
                    == Character.UnicodeBlock.CYRILLIC), paragraph.getText());
            assertTrue(paragraph.getRuns().stream().anyMatch(run -> run.isBold() && !run.text().isBlank()));
        }
    }

    @Test
    void documentWithoutAnOutputFileIsRefusedInOneSentence() throws Exception {
        Result result = rendition("translate", "--in", russianWordFile("alone.docx").toString(), "--no-memory",
                "--models-dir", models.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("give --out FILE"), result.err());
    }

    @Test
    void inspectDescribesEveryFileOfAFolderAsJson() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("seized"));
        russianWordFile("seized/report.docx");
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.4 nothing else".getBytes(StandardCharsets.US_ASCII));
        Result result = rendition("inspect", folder.toString(), "--json");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("{\"documents\": ["), result.out());
        assertTrue(result.out().contains("\"file\": \"" + folder.resolve("broken.pdf") + "\", \"format\": \"pdf\", "
                + "\"status\": \"damaged\""), result.out());
        assertTrue(result.out().contains("\"format\": \"docx\", \"status\": \"read\", \"scanned\": false, "
                + "\"encrypted\": false, \"damaged\": false, \"languages\": [\"ru\"], \"segments\": 2"), result.out());
    }

    private static Path russianWordFile(String name) throws Exception {
        Path file = temp.resolve(name);
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("Министерство обороны сообщило о ");
            XWPFRun bold = paragraph.createRun();
            bold.setBold(true);
            bold.setText("начале учений");
            paragraph.createRun().setText(" на юге страны. Они продлятся неделю.");
            try (var out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }
}
