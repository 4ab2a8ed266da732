package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

class DocxDocumentTest {
    @TempDir
    Path folder;

    private final DocxReader reader = new DocxReader();

    @Test
    void russianDocxParagraphsBecomeSegments() throws Exception {
        SourceDocument document = reader.read(russianReport());
        List<Segment> segments = document.segments(Language.RUSSIAN, Fixtures.SEGMENTER);
        assertEquals(List.of(
            Segment.untranslated(0, 0, "Срочное донесение."),
            Segment.untranslated(1, 1, "Колонна вышла утром."),
            Segment.untranslated(2, 1, "Она прибыла к вечеру."),
            Segment.untranslated(3, 2, "Место"),
            Segment.untranslated(4, 3, "Город"),
            Segment.untranslated(5, 4, "Время"),
            Segment.untranslated(6, 5, "Вечер")), segments);
        assertEquals(DocumentFormat.DOCX, document.format());
    }

    @Test
    void docxExportKeepsBoldRunAndTableLayout() throws Exception {
        SourceDocument document = reader.read(russianReport());
        Path out = folder.resolve("report.en.docx");
        new DocxWriter().write(Fixtures.translate(document, Language.RUSSIAN, Language.ENGLISH), Marking.NONE, out);

        try (XWPFDocument written = Fixtures.openDocx(out)) {
            XWPFParagraph title = written.getParagraphs().get(0);
            assertEquals("Target 0.", title.getText());
            assertEquals("Heading1", title.getStyle());
            assertTrue(title.getRuns().get(0).isBold());
            XWPFParagraph body = written.getParagraphs().get(1);
            assertEquals("Target 1. Target 2.", body.getText());
            assertFalse(body.getRuns().get(0).isBold());
            XWPFTable table = written.getTables().get(0);
            assertEquals(2, table.getNumberOfRows());
            assertEquals("Target 3.", table.getRow(0).getCell(0).getText());
            assertEquals("Target 6.", table.getRow(1).getCell(1).getText());
        }
    }

    @Test
    void docxExportKeepsPicturesInTranslatedParagraphs() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText("Схема объекта. ");
        paragraph.createRun().addPicture(new ByteArrayInputStream(Fixtures.png()), Document.PICTURE_TYPE_PNG,
            "map.png", 400_000, 200_000);
        paragraph.createRun().setText("См. выше.");
        Path file = Fixtures.save(document, folder.resolve("map.docx"));
        Path out = folder.resolve("map.en.docx");

        new DocxWriter().write(Fixtures.translate(reader.read(file), Language.RUSSIAN, Language.ENGLISH),
            Marking.NONE, out);

        try (XWPFDocument written = Fixtures.openDocx(out)) {
            assertEquals("Target 0. Target 1.", written.getParagraphs().get(0).getText());
            assertEquals(1, written.getAllPictures().size());
            assertEquals(1, written.getParagraphs().get(0).getRuns().stream()
                .filter(run -> !run.getEmbeddedPictures().isEmpty()).count());
        }
    }

    @Test
    void arabicParagraphTranslatedToEnglishIsNoLongerRightToLeft() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.getCTP().addNewPPr().addNewBidi();
        XWPFRun run = paragraph.createRun();
        run.getCTR().addNewRPr().addNewRtl();
        run.setText("عقد الاجتماع مساء أمس.");
        Path file = Fixtures.save(document, folder.resolve("arabic.docx"));
        Path out = folder.resolve("arabic.en.docx");

        new DocxWriter().write(Fixtures.translate(reader.read(file), Language.ARABIC, Language.ENGLISH),
            Marking.NONE, out);

        try (XWPFDocument written = Fixtures.openDocx(out)) {
            XWPFParagraph translated = written.getParagraphs().get(0);
            assertEquals("Target 0.", translated.getText());
            assertFalse(translated.getCTP().getPPr().isSetBidi());
            assertEquals(0, translated.getRuns().get(0).getCTR().getRPr().sizeOfRtlArray());
        }
    }

    @Test
    void truncatedDocxIsRefusedInPlainWords() throws Exception {
        byte[] whole = Files.readAllBytes(russianReport());
        Path file = Files.write(folder.resolve("report.docx"), Arrays.copyOf(whole, whole.length / 2));
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith("'report.docx' is damaged or not a Word document: "), e.getMessage());
    }

    @Test
    void randomBytesNamedDocxAreRefusedInPlainWords() throws Exception {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        Path file = Files.write(folder.resolve("noise.docx"), noise);
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals("'noise.docx' is damaged or not a Word document: it is not a complete Word (.docx) package. "
            + "Open it in Word and save it again, or ask for a fresh copy.", e.getMessage());
    }

    @Test
    void zipBombDocxIsRefusedWithoutExpandingIt() throws Exception {
        Path file = folder.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith("'bomb.docx' is damaged or not a Word document: it would expand"),
            e.getMessage());
    }

    @Test
    void docxMarkingAppearsInHeaderAndFooter() throws Exception {
        SourceDocument document = reader.read(russianReport());
        Path out = folder.resolve("report.en.docx");
        new DocxWriter().write(Fixtures.translate(document, Language.RUSSIAN, Language.ENGLISH),
            Marking.banner("SECRET//REL TO X"), out);
        try (XWPFDocument written = Fixtures.openDocx(out)) {
            assertEquals("SECRET//REL TO X", written.getHeaderFooterPolicy().getDefaultHeader().getText().strip());
            assertEquals("SECRET//REL TO X", written.getHeaderFooterPolicy().getDefaultFooter().getText().strip());
        }
    }

    /** A heading, a paragraph of two sentences with a bold first word, and a 2 x 2 table. */
    private Path russianReport() {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph title = document.createParagraph();
        title.setStyle("Heading1");
        XWPFRun titleRun = title.createRun();
        titleRun.setBold(true);
        titleRun.setText("Срочное донесение.");
        XWPFParagraph body = document.createParagraph();
        body.createRun().setText("Колонна вышла ");
        XWPFRun emphasis = body.createRun();
        emphasis.setItalic(true);
        emphasis.setText("утром");
        body.createRun().setText(". Она прибыла к вечеру.");
        XWPFTable table = document.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Место");
        table.getRow(0).getCell(1).setText("Город");
        table.getRow(1).getCell(0).setText("Время");
        table.getRow(1).getCell(1).setText("Вечер");
        return Fixtures.save(document, folder.resolve("report-source.docx"));
    }
}
