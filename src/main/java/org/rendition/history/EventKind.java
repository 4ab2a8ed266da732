package org.rendition.history;

/** What a history row records. */
public enum EventKind {
    /** A translation job began: document, languages and model are fixed for it. */
    JOB_STARTED,
    /** The engine (or the memory) produced a target for a segment. */
    SEGMENT_TRANSLATED,
    /** A person changed a segment's target. */
    SEGMENT_EDITED,
    /** A segment's target was confirmed (and stored in the memory). */
    SEGMENT_CONFIRMED,
    /** The job ended. */
    JOB_FINISHED,
    /**
     * A user changed a setting; {@code source} names the setting, {@code machineOutput} holds the
     * value before and {@code finalText} the value after.
     */
    SETTINGS_CHANGED
}
