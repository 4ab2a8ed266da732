package org.rendition.workflow.review;

import java.util.List;

/**
 * A document opened for review: its summary, every segment with its diff and comments, the review
 * steps so far and the comments on the document as a whole.
 */
public record ReviewDocument(ReviewSummary summary, List<ReviewSegment> segments, List<ReviewComment> reviewSteps,
                             List<ReviewNote> notes) {
    public ReviewDocument {
        segments = List.copyOf(segments);
        reviewSteps = List.copyOf(reviewSteps);
        notes = List.copyOf(notes);
    }

    /** The segments the analyst changed after the last return: what the supervisor has to look at again. */
    public List<ReviewSegment> changedSinceReturn() {
        return segments.stream().filter(ReviewSegment::changedSinceReturn).toList();
    }
}
