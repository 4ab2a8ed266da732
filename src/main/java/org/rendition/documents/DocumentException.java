package org.rendition.documents;

import java.util.Objects;

/**
 * A document that cannot be read or written. The message is one sentence, naming the file, that
 * says what happened and what to do; the {@link #reason()} sorts refusals for triage (a folder of
 * seized files: which are scans, which are encrypted, which are damaged); the cause, when there is
 * one, is for the log only.
 */
public class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a document was refused, for sorting; the message says it in words. */
    public enum Reason {
        /** Missing, a folder, not readable, or in an encoding that could not be recognised. */
        UNREADABLE,
        /** A format Rendition does not read (or binary data under a text name). */
        UNSUPPORTED,
        /** Broken structure: truncated, malformed, not what its name says. */
        DAMAGED,
        /** Protected by a password. */
        ENCRYPTED,
        /** Pages that are pictures with no text layer: needs OCR first. */
        SCANNED,
        /** Readable, but holds no text to translate. */
        NO_TEXT,
        /** Past one of the reading limits (size, pages, parts, time, memory). */
        TOO_LARGE
    }

    private final Reason reason;

    /** Creates the exception with the full message shown to the user. */
    public DocumentException(String message) {
        this(Reason.UNREADABLE, message, null);
    }

    /** Creates the exception with the message shown to the user and the library's error behind it. */
    public DocumentException(String message, Throwable cause) {
        this(Reason.UNREADABLE, message, cause);
    }

    /** Creates the exception for a refusal of a known kind. */
    public DocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Creates the exception for a refusal of a known kind, with the library's error behind it. */
    public DocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
