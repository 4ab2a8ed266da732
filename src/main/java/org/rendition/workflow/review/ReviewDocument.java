package org.rendition.workflow.review;

import org.rendition.workflow.review.ReviewComment;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewSummary;
import java.util.List;

/** A document opened for review: its summary, every segment with its diff, and the review steps so far. */
public record ReviewDocument(ReviewSummary summary, List<ReviewSegment> segments, List<ReviewComment> reviewSteps) {
    public ReviewDocument {
        segments = List.copyOf(segments);
        reviewSteps = List.copyOf(reviewSteps);
    }
}
