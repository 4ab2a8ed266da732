package org.rendition.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.rendition.text.Language;

/**
 * Writes a bilingual report: the document's notes, then a two-column table, Source | Target,
 * with one row per segment, as a Word document or a web page. Right-to-left text is marked as
 * such ({@code dir="rtl"} in HTML, bidirectional paragraphs in Word), so it sits right-aligned.
 * Works for every source format.
 */
public final class BilingualTableWriter implements DocumentWriter {
    /** The two files a bilingual table can be. */
    public enum Layout { DOCX, HTML }

    private static final String TABLE_STYLE = "table{border-collapse:collapse;width:100%}"
        + "th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;width:50%}th{background:#eee}";

    private final Layout layout;

    public BilingualTableWriter(Layout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    public static BilingualTableWriter docx() {
        return new BilingualTableWriter(Layout.DOCX);
    }

    public static BilingualTableWriter html() {
        return new BilingualTableWriter(Layout.HTML);
    }

    @Override
    public void write(TranslatedDocument translation, Marking marking, Path target) throws DocumentException {
        if (layout == Layout.DOCX) {
            writeDocx(translation, marking, target);
        } else {
            writeHtml(translation, marking, target);
        }
    }

    private static void writeDocx(TranslatedDocument translation, Marking marking, Path target)
            throws DocumentException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun title = document.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(14);
            title.setText(translation.source().fileName());
            for (String note : translation.source().notes()) {
                document.createParagraph().createRun().setText(note);
            }
            List<Segment> segments = translation.segments();
            XWPFTable table = document.createTable(segments.size() + 1, 2);
            table.setWidth("100%");
            XWPFTableRow heading = table.getRow(0);
            heading.setRepeatHeader(true);
            cell(heading.getCell(0), columnName("Source", translation.sourceLanguage()), Language.ENGLISH, true);
            cell(heading.getCell(1), columnName("Target", translation.targetLanguage()), Language.ENGLISH, true);
            for (int i = 0; i < segments.size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                cell(row.getCell(0), segments.get(i).source(), translation.sourceLanguage(), false);
                cell(row.getCell(1), translation.targets().get(i), translation.targetLanguage(), false);
            }
            DocxMarking.apply(document, marking);
            AtomicFiles.write(target, document::write);
        } catch (IOException e) {
            throw new DocumentException("The bilingual table for '" + translation.source().fileName()
                + "' could not be built: " + e.getMessage() + ".", e);
        }
    }

    private static void cell(XWPFTableCell cell, String text, Language language, boolean bold) {
        cell.setWidth("50%");
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
        if (language.isRightToLeft()) {
            // A bidirectional paragraph starts at the right margin: right-aligned without a jc.
            CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            properties.addNewBidi();
            (run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr()).addNewRtl();
        }
    }

    private static void writeHtml(TranslatedDocument translation, Marking marking, Path target)
            throws DocumentException {
        Document page = Document.createShell("");
        page.charset(StandardCharsets.UTF_8);
        page.selectFirst("html").attr("lang", translation.targetLanguage().iso1());
        page.title(translation.source().fileName());
        page.head().appendElement("style").appendText(TABLE_STYLE);
        Element body = page.body();
        body.appendElement("h1").text(translation.source().fileName());
        for (String note : translation.source().notes()) {
            body.appendElement("p").addClass("note").text(note);
        }
        Element table = body.appendElement("table");
        Element heading = table.appendElement("thead").appendElement("tr");
        heading.appendElement("th").text(columnName("Source", translation.sourceLanguage()));
        heading.appendElement("th").text(columnName("Target", translation.targetLanguage()));
        Element rows = table.appendElement("tbody");
        List<Segment> segments = translation.segments();
        for (int i = 0; i < segments.size(); i++) {
            Element row = rows.appendElement("tr");
            cell(row, segments.get(i).source(), translation.sourceLanguage());
            cell(row, translation.targets().get(i), translation.targetLanguage());
        }
        HtmlWriter.mark(body, marking);
        String html = page.outerHtml();
        AtomicFiles.write(target, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static void cell(Element row, String text, Language language) {
        Element cell = row.appendElement("td").attr("lang", language.iso1()).text(text);
        if (language.isRightToLeft()) {
            cell.attr("dir", "rtl").attr("style", "text-align:right");
        }
    }

    private static String columnName(String side, Language language) {
        return side + " (" + language.displayName() + ")";
    }
}
