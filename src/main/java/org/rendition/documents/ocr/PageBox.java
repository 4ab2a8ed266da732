package org.rendition.documents.ocr;

import org.rendition.arch.ValueType;

/**
 * A rectangle on a page image, in pixels from its top left corner, of the page as OCR read it:
 * turned upright and straightened; an image file in its own pixels, a PDF page rendered at
 * {@link OcrEngine#PDF_DPI}.
 */
@ValueType
public record PageBox(int left, int top, int width, int height) {
    public PageBox {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A box cannot have a negative size: " + width + " x " + height);
        }
    }
}
