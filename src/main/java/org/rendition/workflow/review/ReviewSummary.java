package org.rendition.workflow.review;

import org.rendition.workflow.review.ReviewStatus;
import java.time.Instant;

/**
 * One translated document (a history job) in the review browser.
 *
 * @param jobId          the job, as 'history list' and 'review show' name it
 * @param analyst        who started the translation
 * @param classification the document's current marking
 * @param editRatio      the mean edit ratio of its machine-translated segments
 * @param lastComment    the latest reviewer's comment, empty when none
 */
public record ReviewSummary(String jobId, String document, String analyst, Instant started, Instant lastActivity,
                            String sourceLang, String targetLang, String model, ReviewStatus status,
                            String classification, int segments, int editedSegments, double editRatio,
                            String lastComment) {
    /** The language pair as shown, e.g. {@code ru → en}. */
    public String languagePair() {
        return sourceLang + " → " + targetLang;
    }
}
