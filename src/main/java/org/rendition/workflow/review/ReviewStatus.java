package org.rendition.workflow.review;

import org.rendition.workflow.WorkflowException;
import java.util.Locale;

/** Where a document stands in review. */
public enum ReviewStatus {
    /** Being translated or revised; not yet handed to a supervisor. */
    IN_PROGRESS,
    /** Handed to a supervisor, waiting for approval or return. */
    SUBMITTED,
    /** A supervisor sent it back to its analyst with a comment. */
    RETURNED,
    /** A supervisor approved it; any later edit puts it back in progress. */
    APPROVED;

    /** The status as typed on the command line and shown on screen, e.g. {@code in-progress}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a status as {@link #label()} writes it. */
    public static ReviewStatus parse(String label) {
        for (ReviewStatus status : values()) {
            if (status.label().equalsIgnoreCase(label.strip()) || status.name().equalsIgnoreCase(label.strip())) {
                return status;
            }
        }
        throw new WorkflowException("'" + label + "' is not a review status; use in-progress, submitted, returned"
                + " or approved.");
    }
}
