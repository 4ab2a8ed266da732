package org.rendition.workflow.review;

import org.rendition.workflow.review.ReviewStatus;
import java.time.Instant;

/**
 * One review step on a document: submitted, returned or approved, by whom, with their comment.
 *
 * @param comment the comment, empty when none was given
 */
public record ReviewComment(Instant at, String user, ReviewStatus outcome, String comment) {
}
