package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

/** Inline formatting and the parts of a Word file are read once and stay in place through translation. */
class DocxInlineFormTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    @TempDir
    Path folder;

    @Test
    void boldLinkFootnoteFieldAndTableStayAroundTheTranslatedWords() throws Exception {
        Path file = docx(
            "<w:p>" + run("Министерство обороны сообщило о ") + run("начале учений", "<w:b/>") + run(" на юге.") + "</w:p>"
            + "<w:p>" + run("Они продлятся ") + run("неделю", "<w:i/>") + run(".")
            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
            + "<w:p>" + run("Подробности на ") + "<w:hyperlink r:id=\"rIdLink\">" + run("сайте министерства") + "</w:hyperlink>"
            + run(".") + "</w:p>"
            + "<w:p>" + run("Страница ") + "<w:fldSimple w:instr=\" PAGE \">" + run("1") + "</w:fldSimple></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p>" + run("Место") + "</w:p></w:tc><w:tc><w:p>" + run("Ростов") + "</w:p></w:tc></w:tr></w:tbl>",
            "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" + run(" Сообщение пресс-службы.") + "</w:p></w:footnote>");
        SourceDocument document = new DocxReader().read(file);
        List<String> texts = document.blocks().stream().map(DocumentBlock::text).toList();
        assertEquals(List.of("Министерство обороны сообщило о начале учений на юге.", "Они продлятся неделю.",
            "Подробности на сайте министерства.", "Страница 1", "Место", "Ростов", "Сообщение пресс-службы."), texts);
        assertEquals(new InlineTag(InlineTag.Kind.BOLD, 32, 45, ""), document.blocks().get(0).tags().get(0));
        assertTrue(document.blocks().get(1).tags().contains(
            new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 21, 21, "1")));

        Path out = folder.resolve("out.docx");
        new DocxWriter().write(translation(document, List.of("The Ministry of Defence reported the start of exercises "
            + "in the south.", "They will last a week.", "Details on the ministry's website.", "Page 1", "Place",
            "Rostov", "A press office statement.")), Marking.NONE, out);

        String body = part(out, "word/document.xml");
        assertTrue(Pattern.compile("<w:rPr><w:b/>(?:(?!</w:r>).)*<w:t[^>]*>[^<]*\\w").matcher(body).find(), body);
        assertTrue(Pattern.compile("<w:rPr><w:i/>(?:(?!</w:r>).)*<w:t[^>]*>[^<]*\\w").matcher(body).find(), body);
        assertTrue(Pattern.compile("<w:hyperlink[^>]*>(?:(?!</w:hyperlink>).)*<w:t[^>]*>[^<]*\\w").matcher(body).find(), body);
        assertTrue(body.contains("<w:footnoteReference w:id=\"1\"/>"), body);
        assertTrue(body.contains("<w:fldSimple w:instr=\" PAGE \">"), body);
        assertFalse(body.contains("пресс"), "The footnote's text stays in the footnotes: " + body);
        assertTrue(part(out, "word/footnotes.xml").contains("A press office statement."));
        assertEquals(List.of("The Ministry of Defence reported the start of exercises in the south.",
            "They will last a week.", "Details on the ministry's website.", "Page 1", "Place", "Rostov",
            "A press office statement."), new DocxReader().read(out).blocks().stream().map(DocumentBlock::text).toList());
    }

    @Test
    void fieldResultsContentControlsRubyAndTextBoxesAreReadOnceAndWrittenOnce() throws Exception {
        Path file = docx("<w:p><w:fldSimple w:instr=\"FILENAME\">" + run("Report.docx") + "</w:fldSimple></w:p>"
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("1 мая") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"Title\"/></w:sdtPr><w:sdtContent><w:p>" + run("Заголовок") + "</w:p></w:sdtContent></w:sdt>"
            + "<w:p><w:r><w:ruby><w:rt>" + run("とうきょう") + "</w:rt><w:rubyBase>" + run("東京") + "</w:rubyBase></w:ruby></w:r></w:p>"
            + "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p>" + run("В рамке")
            + "</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>" + run("В рамке")
            + "</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>", "");
        SourceDocument document = new DocxReader().read(file);
        assertEquals(List.of("Report.docx", "1 мая", "Заголовок", "東京", "В рамке"),
            document.blocks().stream().map(DocumentBlock::text).toList());

        Path out = folder.resolve("out.docx");
        new DocxWriter().write(translation(document, List.of("Report.docx", "1 May", "Title", "Tokyo", "In a frame")),
            Marking.NONE, out);
        String body = part(out, "word/document.xml");
        assertEquals(1, count(body, "Report.docx"));
        assertTrue(body.contains("<w:instrText>DATE</w:instrText>"), "The field's code stays: " + body);
        assertEquals(1, count(body, "Tokyo"));
        assertTrue(body.contains("とうきょう"), "The reading aid stays as it was: " + body);
        assertEquals(List.of("Report.docx", "1 May", "Title", "Tokyo", "In a frame"),
            new DocxReader().read(out).blocks().stream().map(DocumentBlock::text).toList());
    }

    @Test
    void lineBreaksAndTabsInsideAParagraphAreKept() throws Exception {
        Path file = docx("<w:p>" + run("Улица Ленина, 5") + "<w:r><w:br/></w:r>" + run("Москва") + "<w:r><w:tab/></w:r>"
            + run("Россия") + "</w:p>", "");
        SourceDocument document = new DocxReader().read(file);
        assertEquals("Улица Ленина, 5\nМосква\tРоссия", document.blocks().get(0).text());

        Path out = folder.resolve("out.docx");
        new DocxWriter().write(translation(document, List.of("5 Lenin Street\nMoscow\tRussia")), Marking.NONE, out);
        assertEquals("5 Lenin Street\nMoscow\tRussia", new DocxReader().read(out).blocks().get(0).text());
    }

    @Test
    void linesOfAParagraphAreSegmentsOfTheirOwnAndComeBackOnTheirOwnLines() throws Exception {
        Path file = docx("<w:p>" + run("Улица Ленина, 5") + "<w:r><w:br/></w:r>" + run("Москва") + "<w:r><w:tab/></w:r>"
            + run("Россия") + "</w:p>", "");
        SourceDocument document = new DocxReader().read(file);
        TranslatedDocument translated = Fixtures.translate(document, Language.RUSSIAN, Language.ENGLISH);
        assertEquals(3, translated.segments().size());

        Path out = folder.resolve("out.docx");
        new DocxWriter().write(translated, Marking.NONE, out);
        assertEquals("Target 0.\nTarget 1.\tTarget 2.", new DocxReader().read(out).blocks().get(0).text());
    }

    private static TranslatedDocument translation(SourceDocument document, List<String> targets) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < document.blocks().size(); i++) {
            segments.add(Segment.untranslated(i, i, document.blocks().get(i).text()));
        }
        return new TranslatedDocument(document, Language.RUSSIAN, Language.ENGLISH, segments, targets);
    }

    private static String run(String text) {
        return run(text, "");
    }

    private static String run(String text, String properties) {
        return "<w:r>" + (properties.isEmpty() ? "" : "<w:rPr>" + properties + "</w:rPr>")
            + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A minimal Word package with {@code body} and, when not empty, {@code footnotes}. */
    private Path docx(String body, String footnotes) throws IOException {
        Path file = folder.resolve("in.docx");
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/footnotes.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>");
            entry(zip, "_rels/.rels", head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", head + "<w:document " + W + "><w:body>" + body
                + "<w:sectPr/></w:body></w:document>");
            entry(zip, "word/_rels/document.xml.rels", head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\">"
                + (footnotes.isEmpty() ? "" : "<Relationship Id=\"rIdFoot\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>")
                + "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/></Relationships>");
            if (!footnotes.isEmpty()) {
                entry(zip, "word/footnotes.xml", head + "<w:footnotes " + W + ">" + footnotes + "</w:footnotes>");
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
    }
}
