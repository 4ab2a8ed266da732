package org.rendition.workflow.review;

import java.util.Map;
import java.util.Optional;

/**
 * An analyst's job on a document that is not yet approved: where further work on the document
 * belongs, so a supervisor who returned it sees the fixes in the same job.
 *
 * @param summary the job as the review lists it (status, last comment)
 * @param machineOutputs what the model produced for each segment, by index, for later edits to record
 * @param segmentNotes   the comments on each segment, by index, to show beside it
 */
public record OpenJob(ReviewSummary summary, Map<Integer, String> machineOutputs,
                      Map<Integer, java.util.List<ReviewNote>> segmentNotes) {
    public OpenJob {
        machineOutputs = Map.copyOf(machineOutputs);
        segmentNotes = Map.copyOf(segmentNotes);
    }

    public String jobId() {
        return summary.jobId();
    }

    /**
     * What the analyst must be told on opening the document: that it came back, and the
     * supervisor's comment; empty unless it was returned.
     */
    public Optional<String> returnNotice() {
        if (summary.status() != ReviewStatus.RETURNED) {
            return Optional.empty();
        }
        String comment = summary.lastComment() == null || summary.lastComment().isBlank() ? ""
                : " The supervisor's comment: \u201c" + summary.lastComment() + "\u201d";
        return Optional.of("'" + summary.document() + "' was returned for changes." + comment
                + " Fix it and submit it again.");
    }
}
