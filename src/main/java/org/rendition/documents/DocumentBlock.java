package org.rendition.documents;

import java.util.Objects;
import java.util.Optional;
import org.rendition.documents.ocr.OcrEvidence;

/**
 * One paragraph-level unit of text in a document: a Word paragraph or table cell paragraph, an
 * HTML block, a line of a text file, a paragraph of a PDF page or of a scanned page.
 *
 * @param position where the block sits in its document, in the format's own terms: the
 *     paragraph's number in reading order for DOCX, the block's number for HTML, the line number
 *     for plain text, the page number for PDF and scanned images. Only the writers read it.
 * @param text the text, never blank, without surrounding white space
 * @param ocr for text read by OCR from a scan or photograph: its page, box and confidence
 */
public record DocumentBlock(int position, String text, Optional<OcrEvidence> ocr) {
    public DocumentBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ocr, "ocr");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A block needs text");
        }
    }

    /** A block of text the file itself holds (not read by OCR). */
    public DocumentBlock(int position, String text) {
        this(position, text, Optional.empty());
    }
}
