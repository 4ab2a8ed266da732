package org.rendition.workflow;

import java.util.Objects;

/**
 * A use case could not be completed. The message is one sentence that says what happened and
 * what to do in words that fit every face; {@link #hint()} names the setting that would help, and
 * each face words it its own way (the command line as an option, the window as a control).
 */
public class WorkflowException extends RuntimeException {
    /** The setting a user can change to get past the error. */
    public enum Hint {
        /** Nothing to change: the message says all. */
        NONE,
        /** The source language: give or choose it. */
        SOURCE_LANGUAGE,
        /** The target language: give or choose another. */
        TARGET_LANGUAGE,
        /** The profile database: choose another file. */
        DATABASE,
        /** The name a model pack is imported under: choose another, or replace the installed one. */
        PACK_NAME,
        /** The languages a model pack translates between: give them. */
        PACK_LANGUAGES
    }

    private final Hint hint;

    public WorkflowException(String message, Hint hint, Throwable cause) {
        super(message, cause);
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    public WorkflowException(String message, Hint hint) {
        this(message, hint, null);
    }

    public WorkflowException(String message, Throwable cause) {
        this(message, Hint.NONE, cause);
    }

    public WorkflowException(String message) {
        this(message, Hint.NONE, null);
    }

    /** The setting that would help, for the face to name in its own words. */
    public Hint hint() {
        return hint;
    }
}
