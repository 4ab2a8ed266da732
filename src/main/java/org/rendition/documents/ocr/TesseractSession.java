package org.rendition.documents.ocr;

import static org.rendition.documents.ocr.TesseractLibrary.LEVEL_PARAGRAPH;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Tesseract engine loaded with one set of languages ({@code rus}, {@code chi_sim+chi_tra},
 * {@code osd}). Loading the language data takes most of a second, so a session reads every page
 * of a document; it is not safe to share between threads. Closing it frees the engine.
 */
final class TesseractSession implements AutoCloseable {
    private final Pointer api;
    private final String languages;
    private boolean closed;

    private TesseractSession(Pointer api, String languages) {
        this.api = api;
        this.languages = languages;
    }

    /**
     * An engine for {@code languages} (Tesseract's names joined by '+') from {@code data}.
     *
     * @throws OcrException when the library is missing or the language data cannot be loaded
     */
    static TesseractSession open(TessData data, String languages) throws OcrException {
        TesseractLibrary.requireLoaded();
        Pointer api = TesseractLibrary.TessBaseAPICreate();
        if (api == null) {
            throw new OcrException("The OCR engine could not be started; there may be too little memory free.");
        }
        if (TesseractLibrary.TessBaseAPIInit3(api, data.folder().toString(), languages) != 0) {
            TesseractLibrary.TessBaseAPIDelete(api);
            throw new OcrException("The OCR language data '" + languages + "' in " + data.folder()
                + " could not be loaded; reinstall the Debian tesseract-ocr language packages.");
        }
        // Tesseract's messages ("Estimating resolution as ...") would go to our standard error.
        TesseractLibrary.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        // The detector wants 50 characters by default; a short memo or a caption has fewer, and
        // Arabic's joined letters count as fewer still. 10 still tells scripts apart reliably.
        TesseractLibrary.TessBaseAPISetVariable(api, "min_characters_to_try", "10");
        return new TesseractSession(api, languages);
    }

    String languages() {
        return languages;
    }

    /**
     * Which way up the page is and which script it is in. Only for a session opened with
     * {@code osd}; empty when the page has too little text to tell.
     */
    Optional<Orientation> detectOrientation(GrayImage page) {
        TesseractLibrary.TessBaseAPISetPageSegMode(api, TesseractLibrary.PSM_OSD_ONLY);
        setImage(page, 0);
        IntByReference degrees = new IntByReference();
        FloatByReference degreesConfidence = new FloatByReference();
        PointerByReference script = new PointerByReference();
        FloatByReference scriptConfidence = new FloatByReference();
        try {
            boolean found = TesseractLibrary.TessBaseAPIDetectOrientationScript(api, degrees, degreesConfidence,
                script, scriptConfidence) != 0;
            if (!found) {
                return Optional.empty();
            }
            // The script name is a string inside the engine's own tables: read, never freed.
            String scriptName = script.getValue() == null ? "" : script.getValue().getString(0, "UTF-8");
            return Optional.of(new Orientation(degrees.getValue(), degreesConfidence.getValue(), scriptName,
                scriptConfidence.getValue()));
        } finally {
            TesseractLibrary.TessBaseAPIClear(api);
        }
    }

    /**
     * The page's paragraphs in reading order with their boxes and confidences.
     *
     * @param dpi the page image's resolution, or 0 to let Tesseract estimate it from the text
     * @param deadline the most time recognition may take
     * @throws OcrException when recognition fails or runs out of time
     */
    List<RecognizedParagraph> recognize(GrayImage page, int dpi, Duration deadline) throws OcrException {
        TesseractLibrary.TessBaseAPISetPageSegMode(api, TesseractLibrary.PSM_AUTO);
        setImage(page, dpi);
        try {
            recognizeWithin(deadline);
            return paragraphs();
        } finally {
            TesseractLibrary.TessBaseAPIClear(api);
        }
    }

    private void setImage(GrayImage page, int dpi) {
        TesseractLibrary.TessBaseAPISetImage(api, page.pixels(), page.width(), page.height(), 1, page.width());
        if (dpi > 0) {
            TesseractLibrary.TessBaseAPISetSourceResolution(api, dpi);
        }
    }

    private void recognizeWithin(Duration deadline) throws OcrException {
        Pointer monitor = TesseractLibrary.TessMonitorCreate();
        try {
            TesseractLibrary.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, deadline.toMillis()));
            long start = System.nanoTime();
            if (TesseractLibrary.TessBaseAPIRecognize(api, monitor) != 0) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                throw new OcrException(took.compareTo(deadline) >= 0
                    ? "OCR of the page took longer than its " + deadline.toSeconds() + " s limit; the page may be a "
                        + "picture rather than text, or split the document and try again."
                    : "OCR could not read the page; check that it is a scan or photograph of text.");
            }
        } finally {
            TesseractLibrary.TessMonitorDelete(monitor);
        }
    }

    private List<RecognizedParagraph> paragraphs() {
        List<RecognizedParagraph> paragraphs = new ArrayList<>();
        Pointer iterator = TesseractLibrary.TessBaseAPIGetIterator(api);
        if (iterator == null) {
            return paragraphs;
        }
        try {
            // The page iterator is the result iterator seen as its base class: not freed separately.
            Pointer pageIterator = TesseractLibrary.TessResultIteratorGetPageIterator(iterator);
            do {
                String text = text(iterator);
                if (text.isBlank()) {
                    continue;
                }
                IntByReference left = new IntByReference();
                IntByReference top = new IntByReference();
                IntByReference right = new IntByReference();
                IntByReference bottom = new IntByReference();
                TesseractLibrary.TessPageIteratorBoundingBox(pageIterator, LEVEL_PARAGRAPH, left, top, right, bottom);
                float confidence = TesseractLibrary.TessResultIteratorConfidence(iterator, LEVEL_PARAGRAPH);
                paragraphs.add(new RecognizedParagraph(text,
                    new PageBox(left.getValue(), top.getValue(), right.getValue() - left.getValue(),
                        bottom.getValue() - top.getValue()),
                    Math.max(0, Math.min(1, confidence / 100.0))));
            } while (TesseractLibrary.TessResultIteratorNext(iterator, LEVEL_PARAGRAPH) != 0);
        } finally {
            TesseractLibrary.TessResultIteratorDelete(iterator);
        }
        return paragraphs;
    }

    private static String text(Pointer iterator) {
        Pointer text = TesseractLibrary.TessResultIteratorGetUTF8Text(iterator, LEVEL_PARAGRAPH);
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            TesseractLibrary.TessDeleteText(text);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            TesseractLibrary.TessBaseAPIEnd(api);
            TesseractLibrary.TessBaseAPIDelete(api);
        }
    }

    /**
     * What the orientation and script detector found.
     *
     * @param degrees how far the text is turned clockwise: 0, 90, 180 or 270
     * @param confidence how sure it is of {@code degrees} (Tesseract's margin; above about 2 is reliable)
     * @param script the script's name in Tesseract's terms: {@code Cyrillic}, {@code Arabic}, {@code Han}, ...
     * @param scriptConfidence how sure it is of the script
     */
    record Orientation(int degrees, float confidence, String script, float scriptConfidence) {
    }

    /** A paragraph straight from the engine, its lines still apart. */
    record RecognizedParagraph(String text, PageBox box, double confidence) {
    }
}
