package org.rendition.documents.ocr;

/** OCR could not be done; the message is one sentence a person can act on. */
public final class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
