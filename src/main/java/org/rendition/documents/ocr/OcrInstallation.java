package org.rendition.documents.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code rendition doctor} checks of OCR: the engine reads a line, and the language data is all there. */
public final class OcrInstallation {
    /** The language data the installer provides (Debian's tesseract-ocr-* packages), orientation detection last. */
    public static final List<String> EXPECTED_LANGUAGES = List.of("eng", "rus", "ukr", "ara", "fas", "urd", "chi_sim",
        "chi_tra", "heb", "osd");

    private static final String PROBE = "Rendition 2026";

    private OcrInstallation() {
    }

    /**
     * The engine's version, once it has read a line drawn here.
     *
     * @throws OcrException when the library is missing, or it cannot read the line
     */
    public static String checkEngine() throws OcrException {
        TesseractLibrary.requireLoaded();
        TessData data = TessData.locate();
        if (!data.has("eng")) {
            throw new OcrException("Tesseract " + TesseractLibrary.TessVersion() + " is installed but its English data "
                + "is not; install the Debian package tesseract-ocr-eng.");
        }
        try (TesseractSession session = TesseractSession.open(data, "eng")) {
            String read = session.recognize(GrayImage.of(probeImage()), 0, Duration.ofSeconds(30)).stream()
                .map(TesseractSession.RecognizedParagraph::text).collect(Collectors.joining(" ")).strip();
            if (!read.contains("2026")) {
                throw new OcrException("Tesseract " + TesseractLibrary.TessVersion() + " read '" + read + "' for '"
                    + PROBE + "'; reinstall the Debian packages libtesseract5 and tesseract-ocr-eng.");
            }
            return "Tesseract " + TesseractLibrary.TessVersion() + " (" + data.folder() + "), read a test line";
        }
    }

    /**
     * The language data found.
     *
     * @throws OcrException naming the Debian packages of the languages that are missing
     */
    public static String checkLanguageData() throws OcrException {
        TessData data = TessData.locate();
        List<String> missing = EXPECTED_LANGUAGES.stream().filter(language -> !data.has(language)).toList();
        if (!missing.isEmpty()) {
            throw new OcrException("Missing OCR language data for " + String.join(", ", missing) + "; install the Debian "
                + "package" + (missing.size() == 1 ? " " : "s ")
                + missing.stream().map(OcrLanguages::debianPackage).collect(Collectors.joining(" ")) + ".");
        }
        return String.join(", ", data.languages()) + " in " + data.folder();
    }

    private static BufferedImage probeImage() {
        BufferedImage image = new BufferedImage(600, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
            g.drawString(PROBE, 30, 80);
        } finally {
            g.dispose();
        }
        return image;
    }
}
