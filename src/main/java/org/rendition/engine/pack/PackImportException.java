package org.rendition.engine.pack;

/** An import that was refused; the message says why and what to do, in one or two sentences. */
public final class PackImportException extends Exception {
    public PackImportException(String message) {
        super(message);
    }

    public PackImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
