package org.rendition.workflow.review;

import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;
import java.time.Instant;
import java.util.Locale;

/**
 * What the review browser shows: every field left null matches everything. Dates select on when
 * the document's translation started; text is looked for, ignoring case, in every segment's
 * source, machine output and final text.
 */
public record ReviewFilter(String analyst, Instant from, Instant to, String sourceLang, String targetLang,
                           String model, ReviewStatus status, String classification, String text) {
    public static final ReviewFilter ALL = new ReviewFilter(null, null, null, null, null, null, null, null, null);

    public ReviewFilter withAnalyst(String value) {
        return new ReviewFilter(blankToNull(value), from, to, sourceLang, targetLang, model, status, classification,
                text);
    }

    /** Documents started at or after {@code start} and before {@code end}; either may be null. */
    public ReviewFilter withDates(Instant start, Instant end) {
        return new ReviewFilter(analyst, start, end, sourceLang, targetLang, model, status, classification, text);
    }

    public ReviewFilter withLanguages(String source, String target) {
        return new ReviewFilter(analyst, from, to, blankToNull(source), blankToNull(target), model, status,
                classification, text);
    }

    public ReviewFilter withModel(String value) {
        return new ReviewFilter(analyst, from, to, sourceLang, targetLang, blankToNull(value), status, classification,
                text);
    }

    public ReviewFilter withStatus(ReviewStatus value) {
        return new ReviewFilter(analyst, from, to, sourceLang, targetLang, model, value, classification, text);
    }

    public ReviewFilter withClassification(String value) {
        return new ReviewFilter(analyst, from, to, sourceLang, targetLang, model, status, blankToNull(value), text);
    }

    public ReviewFilter withText(String value) {
        return new ReviewFilter(analyst, from, to, sourceLang, targetLang, model, status, classification,
                blankToNull(value));
    }

    boolean matches(ReviewSummary s) {
        return (analyst == null || analyst.equals(s.analyst()))
                && (from == null || !s.started().isBefore(from))
                && (to == null || s.started().isBefore(to))
                && (sourceLang == null || sourceLang.equalsIgnoreCase(s.sourceLang()))
                && (targetLang == null || targetLang.equalsIgnoreCase(s.targetLang()))
                && (model == null || model.equals(s.model()))
                && (status == null || status == s.status())
                && (classification == null || classification.equalsIgnoreCase(s.classification()));
    }

    boolean matchesText(String value) {
        return text == null || (value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
