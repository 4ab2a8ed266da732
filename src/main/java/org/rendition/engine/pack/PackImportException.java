package org.rendition.engine.pack;

/** A checkpoint folder could not be imported as a model pack; the message says why in one sentence. */
public final class PackImportException extends Exception {
    /** What an administrator can change to get past the refusal. */
    public enum Reason {
        /** Nothing but the checkpoint itself. */
        OTHER,
        /** A pack of that name is installed. */
        NAME_TAKEN,
        /** The checkpoint does not say which languages it translates between. */
        LANGUAGES_UNKNOWN
    }

    private final Reason reason;

    public PackImportException(String message) {
        this(message, Reason.OTHER);
    }

    public PackImportException(String message, Reason reason) {
        super(message);
        this.reason = reason;
    }

    public PackImportException(String message, Throwable cause) {
        super(message, cause);
        this.reason = Reason.OTHER;
    }

    public Reason reason() {
        return reason;
    }
}
