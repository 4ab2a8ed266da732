package org.rendition.workflow.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment someone left on a document or on one of its segments while reviewing it; unlike a
 * {@link ReviewComment} it does not change the document's status.
 *
 * @param segmentIndex the segment it is about (0-based, as stored), or null for the whole document
 */
public record ReviewNote(Instant at, String user, Integer segmentIndex, String text) {
    public ReviewNote {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(text, "text");
    }
}
