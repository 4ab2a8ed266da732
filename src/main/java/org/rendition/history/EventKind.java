package org.rendition.history;

import org.rendition.arch.ValueType;

/** What a history row records. */
@ValueType
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
    /** The analyst handed the document to a supervisor for review. */
    REVIEW_SUBMITTED,
    /** A supervisor approved the document; the comment, if any, says why. */
    REVIEW_APPROVED,
    /** A supervisor returned the document to its analyst with a comment saying what to change. */
    REVIEW_RETURNED,
    /** The document's classification marking was set, raised or (by a supervisor) lowered. */
    CLASSIFICATION_SET,
    /**
     * A reviewer or the analyst commented on the document or, when the row names a segment, on
     * that segment; the text does not change and the review status stays as it was.
     */
    COMMENT_ADDED,
    /** Someone tried something their role does not allow; the comment says what. */
    ROLE_REFUSED,
    /**
     * A setting changed: {@code source} names it, {@code machineOutput} and {@code finalText} hold
     * the value before and after, the comment says both in words.
     */
    SETTING_CHANGED
}
