package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

class ExportTest {
    private static final String MARK = "SECRET//NOFORN";

    @TempDir
    Path folder;

    @Test
    void bilingualTableHasOneRowPerSegment() throws Exception {
        TranslatedDocument translation = russianText();
        Path docx = folder.resolve("table.docx");
        Path html = folder.resolve("table.html");
        BilingualTableWriter.docx().write(translation, Marking.NONE, docx);
        BilingualTableWriter.html().write(translation, Marking.NONE, html);

        try (XWPFDocument written = Fixtures.openDocx(docx)) {
            XWPFTable table = written.getTables().get(0);
            assertEquals(4, table.getNumberOfRows());
            assertEquals("Source (Russian)", table.getRow(0).getCell(0).getText());
            assertEquals("Target (English)", table.getRow(0).getCell(1).getText());
            assertEquals("Первая фраза.", table.getRow(1).getCell(0).getText());
            assertEquals("Target 0.", table.getRow(1).getCell(1).getText());
            assertEquals("Target 2.", table.getRow(3).getCell(1).getText());
        }
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(3, page.select("tbody tr").size());
        assertEquals(List.of("Первая фраза.", "Target 0."), page.select("tbody tr").get(0).select("td").eachText());
    }

    @Test
    void rightToLeftSourceCellsAreMarkedRightToLeft() throws Exception {
        SourceDocument arabic = new PlainTextReader().read(
            Files.writeString(folder.resolve("ar.txt"), "عقد الاجتماع مساء أمس."));
        TranslatedDocument translation = Fixtures.translate(arabic, Language.ARABIC, Language.ENGLISH);
        Path docx = folder.resolve("ar.docx");
        Path html = folder.resolve("ar.html");
        BilingualTableWriter.docx().write(translation, Marking.NONE, docx);
        BilingualTableWriter.html().write(translation, Marking.NONE, html);

        try (XWPFDocument written = Fixtures.openDocx(docx)) {
            XWPFTable table = written.getTables().get(0);
            assertTrue(table.getRow(1).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetBidi());
            assertTrue(!table.getRow(1).getCell(1).getParagraphs().get(0).getCTP().isSetPPr()
                || !table.getRow(1).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetBidi());
        }
        Element row = Jsoup.parse(html.toFile(), "UTF-8").selectFirst("tbody tr");
        assertEquals("rtl", row.child(0).attr("dir"));
        assertEquals("", row.child(1).attr("dir"));
    }

    @Test
    void markingAppearsInHeaderAndFooterOfEveryExportFormat() throws Exception {
        TranslatedDocument fromWord = Fixtures.translate(new DocxReader().read(russianDocx()), Language.RUSSIAN,
            Language.ENGLISH);
        TranslatedDocument fromWeb = Fixtures.translate(new HtmlReader().read(Files.writeString(
            folder.resolve("page.html"), "<html><body><p>Первая фраза.</p></body></html>")), Language.RUSSIAN,
            Language.ENGLISH);
        for (ExportFormat format : ExportFormat.values()) {
            TranslatedDocument translation = format == ExportFormat.HTML ? fromWeb : fromWord;
            Path out = folder.resolve("marked-" + format + "." + format.extension());
            format.writer().write(translation, Marking.banner(MARK), out);
            assertMarkedAtTopAndBottom(out, format);
        }
    }

    @Test
    void exportReplacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path out = Files.writeString(folder.resolve("out.txt"), "old contents");
        new TextWriter().write(russianText(), Marking.NONE, out);
        assertEquals("Target 0. Target 1.\n\nTarget 2.\n", Files.readString(out).replace("\r\n", "\n"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("out.txt", "ru.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void exportToAMissingFolderIsRefusedInPlainWords() {
        DocumentException e = assertThrows(DocumentException.class,
            () -> new TextWriter().write(russianText(), Marking.NONE, folder.resolve("missing/out.txt")));
        assertTrue(e.getMessage().startsWith("'out.txt' could not be written: the folder "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" does not exist. Choose another folder."), e.getMessage());
    }

    @Test
    void pdfCannotBeExportedWithItsOriginalLayout() {
        assertEquals(List.of(ExportFormat.TEXT, ExportFormat.BILINGUAL_DOCX, ExportFormat.BILINGUAL_HTML),
            ExportFormat.availableFor(DocumentFormat.PDF));
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = folder.resolve("huge.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(250L * 1024 * 1024);
        }
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentReaders.read(file));
        assertEquals("'huge.pdf' is 250 MB, more than the 200 MB Rendition reads at once; if the file is genuine, "
            + "start Rendition with -Drendition.documents.maxMegabytes=N (a larger N) and open it again.",
            e.getMessage());
    }

    private void assertMarkedAtTopAndBottom(Path out, ExportFormat format) throws Exception {
        switch (format.extension()) {
            case "docx" -> {
                try (XWPFDocument written = Fixtures.openDocx(out)) {
                    assertEquals(MARK, written.getHeaderFooterPolicy().getDefaultHeader().getText().strip(), format.name());
                    assertEquals(MARK, written.getHeaderFooterPolicy().getDefaultFooter().getText().strip(), format.name());
                }
            }
            case "html" -> {
                Element body = Jsoup.parse(out.toFile(), "UTF-8").body();
                assertEquals(MARK, body.child(0).text(), format.name());
                assertEquals(MARK, body.child(body.childrenSize() - 1).text(), format.name());
            }
            default -> {
                List<String> lines = Files.readAllLines(out);
                assertEquals(MARK, lines.get(0), format.name());
                assertEquals(MARK, lines.get(lines.size() - 1), format.name());
            }
        }
    }

    private TranslatedDocument russianText() {
        try {
            SourceDocument document = new PlainTextReader().read(
                Files.writeString(folder.resolve("ru.txt"), "Первая фраза. Вторая фраза.\n\nТретья фраза.\n"));
            return Fixtures.translate(document, Language.RUSSIAN, Language.ENGLISH);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Path russianDocx() {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("Первая фраза.");
        return Fixtures.save(document, folder.resolve("ru.docx"));
    }
}
