package org.rendition.workflow.review;

/**
 * One stretch of the word-level difference between the machine output and the final text of a
 * segment. The side that does not have the stretch holds an empty string.
 */
public record DiffPart(Kind kind, String machineText, String finalText) {
    public enum Kind {
        SAME,
        /** Words the person wrote in place of the machine's. */
        CHANGED,
        /** Words only the final text has. */
        ADDED,
        /** Words only the machine output had. */
        REMOVED
    }
}
