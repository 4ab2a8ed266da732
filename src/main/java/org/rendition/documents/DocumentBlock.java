package org.rendition.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rendition.documents.ocr.OcrEvidence;

/**
 * One paragraph-level unit of text in a document: a Word paragraph or table cell paragraph, an
 * HTML block, a line of a text file, a paragraph of a PDF page or of a scan.
 *
 * @param position where the block sits in its document, in the format's own terms: the
 *     paragraph's number in reading order for DOCX, the block's number for HTML, the line number
 *     for plain text, the page number for PDF and scanned images. Only the writers read it.
 * @param text the text, never blank, without surrounding white space; line breaks and tabs
 *     inside it are kept as {@code \n} and {@code \t}
 * @param tags the inline formatting over {@code text} (bold, links, footnote references …), in
 *     the order the tags open; empty for formats without any
 * @param ocr for text read by OCR from a scan or photograph: its page, box and confidence
 */
public record DocumentBlock(int position, String text, List<InlineTag> tags, Optional<OcrEvidence> ocr) {
    public DocumentBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ocr, "ocr");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A block needs text");
        }
        tags = List.copyOf(tags);
        for (InlineTag tag : tags) {
            if (tag.end() > text.length()) {
                throw new IllegalArgumentException("Tag " + tag + " reaches past the block's " + text.length()
                    + " characters");
            }
        }
    }

    /** A block without inline formatting, held by the file as text. */
    public DocumentBlock(int position, String text) {
        this(position, text, List.of(), Optional.empty());
    }

    /** A block with inline formatting, held by the file as text (not read by OCR). */
    public DocumentBlock(int position, String text, List<InlineTag> tags) {
        this(position, text, tags, Optional.empty());
    }

    /** A block read by OCR, which carries no formatting. */
    public DocumentBlock(int position, String text, Optional<OcrEvidence> ocr) {
        this(position, text, List.of(), ocr);
    }
}
