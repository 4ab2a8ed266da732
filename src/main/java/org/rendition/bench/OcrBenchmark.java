package org.rendition.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.List;
import org.rendition.documents.ocr.OcrEngine;
import org.rendition.documents.ocr.OcrException;
import org.rendition.documents.ocr.OcrOptions;
import org.rendition.documents.ocr.OcrText;
import org.rendition.text.Language;

/**
 * OCR speed on what an analyst scans most: full A4 pages of Russian text (12 pt, single column,
 * about 2,800 characters) drawn at 300 dpi, read through the same path as a scanned document
 * (orientation detection, straightening, recognition), one page after another on one engine.
 */
public final class OcrBenchmark {
    private static final int WIDTH = 2480;
    private static final int HEIGHT = 3508;
    private static final int MARGIN = 295;
    private static final String PARAGRAPH = "Министерство обороны сообщило о начале учений на юге страны. Они "
        + "продлятся неделю. В учениях участвуют тысячи военнослужащих и сотни единиц техники. Командование "
        + "отметило, что манёвры носят плановый характер и не направлены против соседних государств. ";

    private final int pages;

    public OcrBenchmark(int pages) {
        this.pages = pages;
    }

    public void run(BenchmarkReport report) throws OcrException {
        BufferedImage page = fullPage();
        try (OcrEngine engine = OcrEngine.open(OcrOptions.in(Language.RUSSIAN))) {
            engine.readPage(page, 1, 300); // loads the language data, which a document pays once
            long start = System.nanoTime();
            long characters = 0;
            for (int i = 1; i <= pages; i++) {
                List<OcrText> read = engine.readPage(page, i, 300);
                characters += read.stream().mapToInt(text -> text.text().length()).sum();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report.figure(new BenchmarkFigure("OCR, full A4 page of Russian at 300 dpi (" + pages + " pages)",
                pages / seconds, "pages/s"));
            report.figure(new BenchmarkFigure("OCR, characters read per page", characters / (double) pages, "chars"));
        }
    }

    private static BufferedImage fullPage() {
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // 12 pt at 300 dpi; "DejaVu Sans" where installed, else Java's own sans serif (which has Cyrillic).
            Font font = new Font("DejaVu Sans", Font.PLAIN, 50);
            AttributedString text = new AttributedString(PARAGRAPH.repeat(12));
            text.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer lines = new LineBreakMeasurer(text.getIterator(), new FontRenderContext(null, true, true));
            float y = MARGIN;
            while (y < HEIGHT - MARGIN) {
                TextLayout line = lines.nextLayout(WIDTH - 2f * MARGIN);
                if (line == null) {
                    break;
                }
                y += line.getAscent();
                line.draw(g, MARGIN, y);
                y += 75 - line.getAscent();
            }
        } finally {
            g.dispose();
        }
        return page;
    }
}
