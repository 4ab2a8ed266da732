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
    void modelAndBeamSizeGivenOnTheCommandLineTranslateADocument() throws Exception {
        Path out = temp.resolve("beams.en.docx");
        Result chosen = rendition("translate", "--in", russianWordFile("beams.docx").toString(), "--out",
                out.toString(), "--no-memory", "--models-dir", models.toString(), "--model", "tiny-nllb",
                "--beams", "2");
        assertEquals(0, chosen.exit(), chosen.err());
        assertTrue(chosen.err().contains("with tiny-nllb"), chosen.err());
        Result unknown = rendition("translate", "--in", russianWordFile("other.docx").toString(), "--out",
                temp.resolve("other.en.docx").toString(), "--no-memory", "--models-dir", models.toString(),
                "--model", "no-such-pack");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no-such-pack"), unknown.err());
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

    @Test
    void wordFileSentAsXliffAndReturnedIsMergedBackIntoAWordFile() throws Exception {
        Path in = russianWordFile("briefing.docx");
        Path sent = temp.resolve("briefing.xlf");
        Result exported = rendition("translate", "--in", in.toString(), "--out", sent.toString(), "--xliff-version",
                "1.2", "--no-memory", "--models-dir", models.toString());
        assertEquals(0, exported.exit(), exported.err());
        String xliff = Files.readString(sent);
        assertTrue(xliff.contains("urn:oasis:names:tc:xliff:document:1.2"), xliff);
        assertTrue(xliff.matches("(?s).*<g id=\"s1t1\" ctype=\"bold\">начале учений</g>.*"), "the bold run travels: " + xliff);
        // The colleague's tool replaces the machine targets with a person's.
        String returned = xliff.replaceAll("(?s)<target([^>]*)>.*?</target>", "<target$1>Checked by a colleague.</target>");
        Path back = temp.resolve("briefing.back.xlf");
        Files.writeString(back, returned);
        Path out = temp.resolve("briefing.en.docx");
        Result merged = rendition("translate", "--in", in.toString(), "--merge", back.toString(), "--out",
                out.toString(), "--no-memory", "--models-dir", models.toString());
        assertEquals(0, merged.exit(), merged.err());
        assertTrue(merged.err().startsWith("Merged 2 translated segments from 'briefing.back.xlf'"), merged.err());
        try (XWPFDocument written = new XWPFDocument(Files.newInputStream(out))) {
            String text = written.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertTrue(text.contains("Checked by a colleague."), text);
        }
    }

    @Test
    void xliffOfAnotherDocumentIsNotMergedAndSaysWhy() throws Exception {
        Path sent = temp.resolve("other.xlf");
        Files.writeString(sent, "<?xml version=\"1.0\"?><xliff version=\"1.2\" "
                + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"ru\" "
                + "target-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"s1\"><source>a</source>"
                + "<target>b</target></trans-unit></body></file></xliff>");
        Result result = rendition("translate", "--in", russianWordFile("mismatch.docx").toString(), "--merge",
                sent.toString(), "--out", temp.resolve("mismatch.en.docx").toString(), "--no-memory", "--models-dir",
                models.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("was made from another version of the document"), result.err());
    }

    @Test
    void anEmailInAFolderIsTranslatedWithTheDocumentsAttachedToIt() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mailbox"));
        org.rendition.TestDocuments.emailWithAttachment(folder.resolve("orders.eml"),
                russianWordFile("mailbox-report.docx"));
        Path out = temp.resolve("mailbox-en");
        Result result = rendition("translate", "--in", folder.toString(), "--out", out.toString(), "--from", "ru",
                "--no-memory", "--models-dir", models.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.err().contains("[1/1] orders.eml \u203a mailbox-report.docx: 2 sentences from Russian, "
                + "written as Word"), result.err());
        Path attachment = out.resolve("orders.eml.attachments/mailbox-report.docx");
        assertTrue(Files.exists(out.resolve("orders.eml.txt")) && Files.exists(attachment), result.err());
        String written = String.join("\n", org.rendition.TestDocuments.paragraphs(attachment));
        assertTrue(written.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                written);
    }

    @Test
    void folderIsTranslatedFileByFileAndARerunSkipsWhatWasFinished() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("intake/letters"));
        russianWordFile("intake/report.docx");
        Files.writeString(folder.resolve("note.txt"), "Совещание перенесли на пятницу.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.4 nothing else".getBytes(StandardCharsets.US_ASCII));
        Path out = temp.resolve("intake-en");
        Result first = rendition("translate", "--in", temp.resolve("intake").toString(), "--out", out.toString(),
                "--from", "ru", "--no-memory", "--models-dir", models.toString());
        assertEquals(1, first.exit(), "the damaged PDF is reported: " + first.err());
        assertTrue(first.err().contains("[1/3] letters/broken.pdf: not translated."), first.err());
        assertTrue(first.err().contains("[2/3] letters/note.txt: 1 sentences from Russian"), first.err());
        assertTrue(first.err().contains("2 translated, 0 already done, 1 not translated"), first.err());
        assertTrue(Files.exists(out.resolve("report.docx")));
        Path note = out.resolve("letters/note.txt");
        assertTrue(Files.readString(note).chars().noneMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.CYRILLIC), Files.readString(note));

        // As after a kill between two files: one output gone and not recorded, the other finished.
        Files.delete(note);
        Path record = out.resolve(".rendition-translated.tsv");
        Files.write(record, Files.readAllLines(record).stream().filter(l -> !l.startsWith("letters")).toList());
        Result rerun = rendition("translate", "--in", temp.resolve("intake").toString(), "--out", out.toString(),
                "--from", "ru", "--no-memory", "--models-dir", models.toString());
        assertTrue(rerun.err().contains("[3/3] report.docx: already translated"), rerun.err());
        assertTrue(rerun.err().contains("1 translated, 1 already done, 1 not translated"), rerun.err());
        assertTrue(Files.exists(note));
    }

    @Test
    void mixedWordFileIsTranslatedSegmentBySegmentAndTheLanguagesFoundAreReported() throws Exception {
        Path in = org.rendition.MixedReports.docx(temp.resolve("mixed.docx"));
        Path out = temp.resolve("mixed.en.docx");
        Result result = rendition("translate", "--in", in.toString(), "--out", out.toString(), "--no-memory",
                "--models-dir", models.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.err().contains("Languages found: Russian (4 segments), Arabic (3 segments)."), result.err());
        assertTrue(result.err().contains("Segments 4, 5, 6 in Arabic: translated from Arabic."), result.err());
        String written = String.join("\n", org.rendition.TestDocuments.paragraphs(out));
        assertTrue(written.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC),
                written);
    }

    @Test
    void inspectCountsTheSegmentsOfEachLanguageOfAMixedDocument() throws Exception {
        Path page = org.rendition.MixedReports.html(temp.resolve("mixed.html"));
        Result json = rendition("inspect", page.toString(), "--json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"languages\": [\"ru\", \"ar\"]"), json.out());
        assertTrue(json.out().contains("\"languageSegments\": {\"ru\": 4, \"ar\": 3}"), json.out());
        Result line = rendition("inspect", page.toString());
        assertTrue(line.out().contains("ru,ar  7 sentences (ru 4, ar 3)"), line.out());
    }

    @Test
    void aWordFileAttachedToAnEmailIsTranslatedIntoAWordFileOfItsOwn() throws Exception {
        Path email = org.rendition.TestDocuments.emailWithAttachment(temp.resolve("orders.eml"), russianWordFile("attached.docx"));
        Path out = temp.resolve("attached.en.docx");
        Result result = rendition("translate", "--in", email.toString(), "--attachment", "1", "--out", out.toString(),
                "--no-memory", "--models-dir", models.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.err().contains("of 'attachment 1 of orders.eml' from Russian"), result.err());
        try (XWPFDocument written = new XWPFDocument(Files.newInputStream(out))) {
            assertTrue(written.getParagraphs().get(0).getRuns().stream().anyMatch(r -> r.isBold() && !r.text().isBlank()));
            assertTrue(written.getParagraphs().get(0).getText().chars()
                    .noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
        }
        Result listed = rendition("inspect", email.toString());
        assertTrue(listed.out().contains("\n    attachment 1: attached.docx (application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document, ") && listed.out().contains("(translate --attachment 1)"), listed.out());
        Result missing = rendition("translate", "--in", email.toString(), "--attachment", "3", "--out",
                temp.resolve("none.docx").toString(), "--no-memory", "--models-dir", models.toString());
        assertEquals(1, missing.exit());
        assertEquals("rendition: 'orders.eml' has 1 attachment; give a number from 1 to 1.", missing.err().strip());
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
