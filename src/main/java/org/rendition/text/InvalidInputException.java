package org.rendition.text;

import java.util.Objects;

/**
 * A file that cannot be translated as text. The message is a sentence a person can act on; the
 * {@link Reason} lets a caller react without reading it.
 */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        /** Nothing but white space (or nothing at all). */
        EMPTY,
        /** NUL bytes or many control characters: not a text file. */
        BINARY,
        /** Bytes that are not well-formed UTF-8. */
        NOT_UTF8
    }

    private final String sourceName;
    private final Reason reason;

    /** Creates the exception with the full message shown to the user. */
    public InvalidInputException(String sourceName, Reason reason, String message) {
        super(message);
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file or other source the input came from, as named in the message. */
    public String sourceName() {
        return sourceName;
    }

    /** Why the input was refused. */
    public Reason reason() {
        return reason;
    }
}
