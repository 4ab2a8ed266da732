package org.rendition.documents;

/**
 * A document that cannot be read or written. The message is one sentence, naming the file, that
 * says what happened and what to do; the cause, when there is one, is for the log only.
 */
public class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the full message shown to the user. */
    public DocumentException(String message) {
        super(message);
    }

    /** Creates the exception with the message shown to the user and the library's error behind it. */
    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
