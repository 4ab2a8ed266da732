package org.rendition.workflow.translate;

import java.util.List;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.OpenJob;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.review.ReviewStatus;

/** The analyst's side of review: handing a document's job to a supervisor, and hearing what came back. */
final class ReviewHandOff {
    private final ProfileWriter writer;
    /** Null when the workstation runs without a profile database. */
    private final UserProfile profile;

    ReviewHandOff(ProfileWriter writer, UserProfile profile) {
        this.writer = writer;
        this.profile = profile;
    }

    void submit(OpenedDocument document, String comment) {
        if (profile == null) {
            throw new WorkflowException("Submitting for review needs the profile database, which could not be "
                    + "opened.", WorkflowException.Hint.DATABASE);
        }
        // The job is found in the history: the rows still queued for it must be there first.
        writer.flush();
        ReviewService review = ReviewService.of(profile);
        String job = review.openJob(document.name()).map(OpenJob::jobId).orElseThrow(() -> new WorkflowException(
                "Nothing of '" + document.name() + "' has been translated or edited since it was last approved, "
                        + "so there is nothing to submit."));
        review.submit(job, comment);
    }

    /** Each of the user's documents a supervisor returned, with the supervisor's comment; none without a profile. */
    List<String> returnedToMe() {
        if (profile == null) {
            return List.of();
        }
        ReviewService review = ReviewService.of(profile);
        return review.documents(ReviewFilter.ALL
                        .withAnalyst(profile.actor().user())
                        .withStatus(ReviewStatus.RETURNED)).stream()
                .map(s -> "'" + s.document() + "'" + (s.lastComment().isBlank() ? "" : ": \u201c" + s.lastComment()
                        + "\u201d"))
                .toList();
    }
}
