package org.rendition.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.rendition.documents.ocr.OcrEngine;
import org.rendition.documents.ocr.OcrException;
import org.rendition.documents.ocr.OcrOptions;
import org.rendition.documents.ocr.OcrText;

/**
 * The pages of a PDF that have no text layer, rendered at 300 dpi and read by OCR. A page larger
 * than the OCR budget allows at 300 dpi (a drawing sheet, a poster) is rendered at the resolution
 * that fits rather than refused.
 */
final class ScannedPdfPages {
    private ScannedPdfPages() {
    }

    /**
     * What OCR read on the given pages, and a note for each page it could not read.
     *
     * @param pages the page numbers, from 1
     * @throws OcrException when OCR is not installed or the pages are more than the budget allows
     */
    static Result read(PDDocument pdf, List<Integer> pages, OcrOptions options) throws OcrException {
        List<DocumentBlock> blocks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        OcrException firstFailure = null;
        try (OcrEngine engine = OcrEngine.open(options)) {
            engine.checkPageCount(pages.size());
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page : pages) {
                try {
                    int dpi = dpiWithin(pdf.getPage(page - 1).getMediaBox(), options.budget().maxPixels());
                    BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
                    for (OcrText paragraph : engine.readPage(image, page, dpi)) {
                        blocks.add(new DocumentBlock(page, paragraph.text(), Optional.of(paragraph.evidence())));
                    }
                } catch (OcrException e) {
                    notes.add("Page " + page + " is left out: " + ImageReader.lowerFirst(e.getMessage()));
                    firstFailure = firstFailure == null ? e : firstFailure;
                } catch (IOException | RuntimeException e) {
                    notes.add("Page " + page + " could not be rendered for OCR (" + e.getMessage() + ") and is left out.");
                }
            }
        }
        return new Result(blocks, notes, Optional.ofNullable(firstFailure));
    }

    /** 300 dpi, or less where the page would otherwise have more pixels than {@code maxPixels}. */
    static int dpiWithin(PDRectangle mediaBox, long maxPixels) {
        double squareInches = (mediaBox.getWidth() / 72.0) * (mediaBox.getHeight() / 72.0);
        double fitting = Math.sqrt(maxPixels / Math.max(squareInches, 1e-6));
        return (int) Math.max(1, Math.min(OcrEngine.PDF_DPI, Math.floor(fitting)));
    }

    /**
     * The blocks OCR read, page by page, the sentences about pages it could not read, and why the
     * first of those could not be read.
     */
    record Result(List<DocumentBlock> blocks, List<String> notes, Optional<OcrException> firstFailure) {
    }
}
