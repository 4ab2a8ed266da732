package org.rendition.documents.ocr;

import java.util.Objects;

/** One paragraph as OCR read it: its text, lines joined, and its evidence. */
public record OcrText(String text, OcrEvidence evidence) {
    public OcrText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
    }
}
