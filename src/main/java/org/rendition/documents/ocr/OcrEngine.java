package org.rendition.documents.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads pages of scanned or photographed text: turns each page upright (Tesseract's orientation
 * and script detector), straightens it ({@link Deskew}), chooses the language data (the user's
 * language, else the detected script's) and recognises it paragraph by paragraph, each with its
 * box and confidence. Holds one Tesseract engine per set of languages, loaded on first use;
 * close it to free them. One engine reads one document at a time.
 */
public final class OcrEngine implements AutoCloseable {
    /** PDF pages are rendered for OCR at the resolution Tesseract's models were trained on. */
    public static final int PDF_DPI = 300;

    /** Below this the orientation detector is guessing (Tesseract itself turns pages from about 2). */
    private static final float TRUSTED_ORIENTATION = 2.0f;

    private final TessData data;
    private final OcrOptions options;
    private final Map<String, TesseractSession> sessions = new LinkedHashMap<>();

    private OcrEngine(TessData data, OcrOptions options) {
        this.data = data;
        this.options = options;
    }

    /**
     * An engine reading with {@code options}.
     *
     * @throws OcrException when Tesseract or the chosen language's data is not installed
     */
    public static OcrEngine open(OcrOptions options) throws OcrException {
        TesseractLibrary.requireLoaded();
        TessData data = TessData.locate();
        if (options.language().isPresent()) {
            String wanted = OcrLanguages.forLanguage(options.language().get());
            if (!data.has(wanted)) {
                throw new OcrException("There is no OCR language data for " + options.language().get().displayName()
                    + " in " + data.folder() + "; install the Debian package " + OcrLanguages.debianPackage(wanted) + ".");
            }
        }
        return new OcrEngine(data, options);
    }

    /** The limits this engine reads within. */
    public OcrBudget budget() {
        return options.budget();
    }

    /**
     * The paragraphs of one page image, in reading order.
     *
     * @param image the page
     * @param page its number, from 1
     * @param dpi its resolution, or 0 when unknown (Tesseract then estimates it from the text)
     * @throws OcrException when the page is too large or takes too long, in one sentence
     */
    public List<OcrText> readPage(BufferedImage image, int page, int dpi) throws OcrException {
        long start = System.nanoTime();
        checkSize(image.getWidth(), image.getHeight(), page);
        GrayImage gray = GrayImage.of(image);
        Optional<TesseractSession.Orientation> orientation = detectOrientation(gray);
        if (orientation.isPresent() && orientation.get().confidence() >= TRUSTED_ORIENTATION) {
            // The detector reports how far the text is turned clockwise (a page fed in sideways,
            // top to the right, is 90); turning it back by as much sets it upright.
            gray = gray.turnedClockwise(-orientation.get().degrees());
        }
        double straighten = Deskew.correction(gray);
        if (straighten != 0) {
            gray = gray.rotatedClockwise(straighten);
        }
        TesseractSession reader = session(languagesFor(orientation));
        Duration left = options.budget().timePerPage().minusNanos(System.nanoTime() - start);
        if (left.isNegative() || left.isZero()) {
            throw new OcrException("Page " + page + " took longer than its " + options.budget().timePerPage().toSeconds()
                + " s limit before it could be read; split the document and try again.");
        }
        List<OcrText> paragraphs = new ArrayList<>();
        for (TesseractSession.RecognizedParagraph paragraph : reader.recognize(gray, dpi, left)) {
            String text = OcrLines.join(paragraph.text());
            if (!text.isEmpty()) {
                paragraphs.add(new OcrText(text, new OcrEvidence(page, paragraph.box(), paragraph.confidence(),
                    gray.region(paragraph.box()))));
            }
        }
        return paragraphs;
    }

    /**
     * Refuses a page larger than the budget allows, before it is decoded.
     *
     * @throws OcrException naming the page and its size
     */
    public void checkSize(long width, long height, int page) throws OcrException {
        long pixels = width * height;
        if (pixels > options.budget().maxPixels()) {
            throw new OcrException("Page " + page + " is " + width + " x " + height + " pixels, more than the "
                + options.budget().maxPixels() / 1_000_000 + " million Rendition reads by OCR; scan it at 300 dpi "
                + "or reduce the photograph and try again.");
        }
    }

    /**
     * Refuses a document with more pages than the budget allows.
     *
     * @throws OcrException naming the count
     */
    public void checkPageCount(int pages) throws OcrException {
        if (pages > options.budget().maxPages()) {
            throw new OcrException("The document has " + pages + " scanned pages, more than the "
                + options.budget().maxPages() + " Rendition reads by OCR at once; split it and open the parts.");
        }
    }

    private Optional<TesseractSession.Orientation> detectOrientation(GrayImage page) throws OcrException {
        if (data.orientationData().isEmpty()) {
            return Optional.empty();
        }
        return session("osd").detectOrientation(page);
    }

    private String languagesFor(Optional<TesseractSession.Orientation> orientation) throws OcrException {
        if (options.language().isPresent()) {
            return OcrLanguages.forLanguage(options.language().get());
        }
        List<String> languages = orientation.map(found -> OcrLanguages.forScript(found.script(), data)).orElse(List.of());
        if (languages.isEmpty()) {
            throw new OcrException("Its script could not be recognised (the page holds too little text, or none); "
                + "choose the document's language in From and open it again.");
        }
        return String.join("+", languages);
    }

    private TesseractSession session(String languages) throws OcrException {
        TesseractSession session = sessions.get(languages);
        if (session == null) {
            session = TesseractSession.open(data, languages);
            sessions.put(languages, session);
        }
        return session;
    }

    @Override
    public void close() {
        for (TesseractSession session : sessions.values()) {
            session.close();
        }
        sessions.clear();
    }
}
