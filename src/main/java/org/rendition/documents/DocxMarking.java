package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Puts a {@link Marking} into every header and footer of a Word document, creating them where
 * the document has none, so the marking shows on every page, the first page included.
 */
final class DocxMarking {
    private DocxMarking() {
    }

    static void apply(XWPFDocument document, Marking marking) {
        if (marking.hasHeader()) {
            // Headers made here are not in getHeaderList(), which lists those read from the file.
            List<XWPFHeader> headers = new ArrayList<>(document.getHeaderList());
            XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
            if (policy.getDefaultHeader() == null) {
                headers.add(document.createHeader(HeaderFooterType.DEFAULT));
            }
            // A document with "different first page" shows no header on page one unless it has its own.
            if (hasTitlePage(document) && policy.getFirstPageHeader() == null) {
                headers.add(document.createHeader(HeaderFooterType.FIRST));
            }
            headers.forEach(header -> bannerAtTop(header, marking.header()));
        }
        if (marking.hasFooter()) {
            List<XWPFFooter> footers = new ArrayList<>(document.getFooterList());
            XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
            if (policy.getDefaultFooter() == null) {
                footers.add(document.createFooter(HeaderFooterType.DEFAULT));
            }
            if (hasTitlePage(document) && policy.getFirstPageFooter() == null) {
                footers.add(document.createFooter(HeaderFooterType.FIRST));
            }
            footers.forEach(footer -> banner(lastEmptyOrNew(footer), marking.footer()));
        }
    }

    private static boolean hasTitlePage(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        return section != null && section.isSetTitlePg();
    }

    private static void bannerAtTop(XWPFHeaderFooter header, String text) {
        List<IBodyElement> elements = header.getBodyElements();
        XWPFParagraph paragraph;
        if (elements.isEmpty()) {
            paragraph = header.createParagraph();
        } else if (elements.get(0) instanceof XWPFParagraph first && first.getText().isBlank()
                && first.getRuns().isEmpty()) {
            paragraph = first;
        } else {
            IBodyElement first = elements.get(0);
            XmlCursor cursor = first instanceof XWPFTable table
                ? table.getCTTbl().newCursor()
                : ((XWPFParagraph) first).getCTP().newCursor();
            try {
                paragraph = header.insertNewParagraph(cursor);
            } finally {
                cursor.close();
            }
        }
        banner(paragraph, text);
    }

    /** A footer made here comes with one empty paragraph: use it rather than add a blank line. */
    private static XWPFParagraph lastEmptyOrNew(XWPFHeaderFooter footer) {
        List<IBodyElement> elements = footer.getBodyElements();
        if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof XWPFParagraph last
                && last.getText().isBlank() && last.getRuns().isEmpty()) {
            return last;
        }
        return footer.createParagraph();
    }

    private static void banner(XWPFParagraph paragraph, String text) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(text);
    }
}
