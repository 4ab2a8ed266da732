package org.rendition.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text stripper run once over the whole document, within the reading budgets: every
 * page is counted, timed and its content measured before it is parsed, and the text comes back
 * page by page, each page's paragraphs separated. One pass rather than one call per page: PDFBox
 * walks the page tree from the start on every call, which is quadratic in the page count.
 */
final class PdfTextByPage extends PDFTextStripper {
    /** Characters no PDF text holds, so the marks cannot be confused with text. */
    static final String PARAGRAPH_END = "\uE000";
    private static final char PAGE_MARK = '\uE001';

    private final String name;
    private final ReadingLimits.Deadline deadline;
    private final PdfPageBudget budget;
    private final long maxPages = ReadingLimits.PAGES.value();

    PdfTextByPage(String name) throws IOException {
        this.name = name;
        this.deadline = new ReadingLimits.Deadline(name);
        this.budget = new PdfPageBudget(name);
        setLineSeparator("\n");
        setParagraphStart("");
        setParagraphEnd(PARAGRAPH_END);
        // Text drawn rotated (a sideways table heading, a page turned in the scanner) comes out
        // letter by letter unless positions are sorted.
        setSortByPosition(true);
    }

    /** The text of each page, in page order; a page without contents has an empty string. */
    List<String> pages(PDDocument pdf) throws IOException {
        int pageCount = countPages(pdf);
        String text = getText(pdf);
        List<String> pages = new ArrayList<>();
        for (String page : text.split(String.valueOf(PAGE_MARK))) {
            int colon = page.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            int number = Integer.parseInt(page.substring(0, colon));
            while (pages.size() < number - 1) {
                pages.add("");
            }
            pages.add(page.substring(colon + 1));
        }
        while (pages.size() < pageCount) {
            pages.add("");
        }
        return pages;
    }

    /** The pages really in the tree, whatever its /Count claims; refuses more than the limit. */
    private int countPages(PDDocument pdf) {
        int pages = 0;
        for (PDPage ignored : pdf.getPages()) {
            if (++pages > maxPages) {
                throw new ReadingLimits.LimitExceeded(ReadingLimits.PAGES.exceeded(name, "has more than " + maxPages
                    + " pages"));
            }
            if (pages % 1000 == 0) {
                deadline.check();
            }
        }
        return pages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        int number = getCurrentPageNo();
        deadline.check();
        budget.requireWithinLimit(page, number);
        super.processPage(page);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        writeString(PAGE_MARK + Integer.toString(getCurrentPageNo()) + ":");
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        deadline.check();
        budget.requireWithinLimit(form.getCOSObject(), getCurrentPageNo());
        super.showForm(form);
    }
}
