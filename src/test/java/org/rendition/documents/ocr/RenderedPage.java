package org.rendition.documents.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Known text drawn with Java2D onto a white page at 300 dpi, as a printer and scanner would
 * give it, and the ways real scans go wrong: turned, leaning, speckled.
 */
public final class RenderedPage {
    static final int DPI = 300;
    /** A4 width at 300 dpi, with 2.5 cm margins. */
    private static final int WIDTH = 2480;
    private static final int MARGIN = 295;
    /** 12 pt at 300 dpi. */
    private static final float POINTS = 12f;

    private RenderedPage() {
    }

    /** The Debian font that has the script: DejaVu for Cyrillic and Arabic, WenQuanYi Zen Hei for Chinese. */
    static Font fontFor(String text) throws IOException {
        boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        File file = new File(han ? "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
            : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (!file.isFile()) {
            throw new IOException("The font " + file + " is missing; install fonts-wqy-zenhei and fonts-dejavu-core "
                + "(installer/lib/ensure-tools.sh does).");
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(POINTS * DPI / 72f);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }

    /** {@code text} set as one paragraph, wrapped to the margins, right-aligned when right to left. */
    public static BufferedImage clean(String text, boolean rightToLeft) throws IOException {
        Font font = fontFor(text);
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, font);
        styled.addAttribute(TextAttribute.RUN_DIRECTION,
            rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        FontRenderContext context = new FontRenderContext(null, true, true);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
        List<TextLayout> lines = new ArrayList<>();
        float wrap = WIDTH - 2f * MARGIN;
        while (measurer.getPosition() < text.length()) {
            lines.add(measurer.nextLayout(wrap));
        }
        float lineHeight = font.getSize2D() * 1.5f;
        int height = (int) (2 * MARGIN + lines.size() * lineHeight);
        BufferedImage page = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float y = MARGIN;
            for (TextLayout line : lines) {
                y += line.getAscent();
                float x = rightToLeft ? WIDTH - MARGIN - line.getAdvance() : MARGIN;
                line.draw(g, x, y);
                y += lineHeight - line.getAscent();
            }
        } finally {
            g.dispose();
        }
        return page;
    }

    /** Adds {@code scan} to {@code pdf} as an A4 page holding only its picture, as a scanner writes it. */
    public static void addScannedPage(PDDocument pdf, BufferedImage scan) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        float width = PDRectangle.A4.getWidth();
        float height = width * scan.getHeight() / scan.getWidth();
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(LosslessFactory.createFromImage(pdf, scan), 0, PDRectangle.A4.getHeight() - height,
                width, height);
        }
    }

    /** The page turned a quarter clockwise, as a scan fed in sideways. */
    static BufferedImage turnedSideways(BufferedImage page) {
        return GrayImage.of(page).turnedClockwise(90).asBufferedImage();
    }

    /** The page leaning {@code degrees} clockwise, as a sheet fed in crooked. */
    static BufferedImage leaning(BufferedImage page, double degrees) {
        return GrayImage.of(page).rotatedClockwise(degrees).asBufferedImage();
    }

    /**
     * The page with {@code fraction} of its pixels flipped to the opposite shade, at random but the
     * same each run: the speckle of a fax or a dirty scanner glass.
     */
    static BufferedImage speckled(BufferedImage page, double fraction, long seed) {
        BufferedImage noisy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        noisy.getGraphics().drawImage(page, 0, 0, null);
        Random random = new Random(seed);
        var raster = noisy.getRaster();
        long flips = (long) (fraction * page.getWidth() * page.getHeight());
        for (long i = 0; i < flips; i++) {
            int x = random.nextInt(page.getWidth());
            int y = random.nextInt(page.getHeight());
            raster.setSample(x, y, 0, 255 - raster.getSample(x, y, 0));
        }
        return noisy;
    }
}
