package org.rendition.workflow.review;

import org.rendition.workflow.review.DiffPart;
import org.rendition.workflow.review.ReviewComment;
import org.rendition.workflow.review.ReviewDocument;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rendition.history.HistoryEvent;
import org.rendition.memory.DiffChunk;
import org.rendition.memory.FuzzyScorer;

/**
 * A job's state rebuilt by replaying its history rows in order. Review state lives only in the
 * hash chain, never in a table of its own, so it cannot be changed without breaking the chain.
 */
final class ReviewedJob {
    private static final class SegmentState {
        final int index;
        String source = "";
        String machineOutput = "";
        String finalText = "";
        String editedBy = "";
        /** The final text when the document was last returned; null before any return. */
        String textAtReturn;
        final List<ReviewNote> notes = new ArrayList<>();

        SegmentState(int index) {
            this.index = index;
        }
    }

    private final HistoryEvent start;
    private final Map<Integer, SegmentState> segments = new TreeMap<>();
    private final List<ReviewComment> steps = new ArrayList<>();
    private final List<ReviewNote> documentNotes = new ArrayList<>();
    private boolean returnedOnce;
    private ReviewStatus status = ReviewStatus.IN_PROGRESS;
    private String classification;
    private Instant lastActivity;

    ReviewedJob(HistoryEvent start, String defaultClassification) {
        this.start = start;
        this.classification = start.classification() != null ? start.classification() : defaultClassification;
        this.lastActivity = start.at();
    }

    HistoryEvent start() {
        return start;
    }

    String analyst() {
        return start.user();
    }

    ReviewStatus status() {
        return status;
    }

    String classification() {
        return classification;
    }

    void apply(HistoryEvent e) {
        lastActivity = e.at();
        if (e.classification() != null) {
            classification = e.classification();
        }
        switch (e.kind()) {
            case SEGMENT_TRANSLATED, SEGMENT_EDITED, SEGMENT_CONFIRMED -> applySegment(e);
            case REVIEW_SUBMITTED -> step(e, ReviewStatus.SUBMITTED);
            case REVIEW_RETURNED -> {
                step(e, ReviewStatus.RETURNED);
                returnedOnce = true;
                segments.values().forEach(s -> s.textAtReturn = s.finalText);
            }
            case COMMENT_ADDED -> note(e);
            case REVIEW_APPROVED -> step(e, ReviewStatus.APPROVED);
            default -> { }
        }
    }

    private void applySegment(HistoryEvent e) {
        if (e.segmentIndex() == null) {
            return;
        }
        SegmentState s = segments.computeIfAbsent(e.segmentIndex(), SegmentState::new);
        if (e.source() != null) {
            s.source = e.source();
        }
        if (e.machineOutput() != null && !e.machineOutput().isEmpty()) {
            s.machineOutput = e.machineOutput();
        }
        if (e.finalText() != null) {
            s.finalText = e.finalText();
        }
        if (e.kind() != org.rendition.history.EventKind.SEGMENT_TRANSLATED) {
            s.editedBy = e.user();
            // An approval covers the text that was approved; a later change needs a new review.
            if (status == ReviewStatus.APPROVED) {
                status = ReviewStatus.IN_PROGRESS;
            }
        }
    }

    private void note(HistoryEvent e) {
        if (e.comment() == null) {
            return;
        }
        ReviewNote note = new ReviewNote(e.at(), e.user(), e.segmentIndex(), e.comment());
        if (e.segmentIndex() == null) {
            documentNotes.add(note);
        } else {
            segments.computeIfAbsent(e.segmentIndex(), SegmentState::new).notes.add(note);
        }
    }

    private void step(HistoryEvent e, ReviewStatus outcome) {
        status = outcome;
        steps.add(new ReviewComment(e.at(), e.user(), outcome, e.comment() == null ? "" : e.comment()));
    }

    /** The segment as it stands, if the job has one at {@code index}. */
    java.util.Optional<ReviewSegment> segment(int index) {
        return java.util.Optional.ofNullable(segments.get(index)).map(this::segment);
    }

    boolean anySegmentText(ReviewFilter filter) {
        return segments.values().stream().anyMatch(s -> filter.matchesText(s.source)
                || filter.matchesText(s.machineOutput) || filter.matchesText(s.finalText));
    }

    List<ReviewSegment> reviewSegments() {
        List<ReviewSegment> result = new ArrayList<>();
        for (SegmentState s : segments.values()) {
            if (s.source.isEmpty() && s.finalText.isEmpty() && s.machineOutput.isEmpty()) {
                continue; // only comments so far: the segment's text has not been recorded
            }
            result.add(segment(s));
        }
        return result;
    }

    private ReviewSegment segment(SegmentState s) {
        java.util.Optional<ReviewSegment.SinceReturn> sinceReturn = returnedOnce
                ? java.util.Optional.of(sinceReturn(s.textAtReturn == null ? "" : s.textAtReturn, s.finalText))
                : java.util.Optional.empty();
        if (s.machineOutput.isEmpty()) {
            return new ReviewSegment(s.index, s.source, "", s.finalText, allAdded(s.finalText),
                    s.finalText.isEmpty() ? 0 : 1, s.editedBy, s.finalText.isEmpty() ? "" : "{+" + s.finalText + "+}",
                    s.notes, sinceReturn);
        }
        FuzzyScorer.Comparison comparison = FuzzyScorer.compare(s.machineOutput, s.finalText);
        List<DiffPart> diff = comparison.differences().stream().map(ReviewedJob::part).toList();
        return new ReviewSegment(s.index, s.source, s.machineOutput, s.finalText, diff,
                (100 - comparison.score()) / 100.0, s.editedBy, FuzzyScorer.render(comparison.differences()),
                s.notes, sinceReturn);
    }

    private static ReviewSegment.SinceReturn sinceReturn(String then, String now) {
        if (then.isEmpty()) {
            return new ReviewSegment.SinceReturn("", allAdded(now), now.isEmpty() ? "" : "{+" + now + "+}");
        }
        FuzzyScorer.Comparison comparison = FuzzyScorer.compare(then, now);
        return new ReviewSegment.SinceReturn(then, comparison.differences().stream().map(ReviewedJob::part).toList(),
                FuzzyScorer.render(comparison.differences()));
    }

    private static List<DiffPart> allAdded(String text) {
        return text.isEmpty() ? List.of() : List.of(new DiffPart(DiffPart.Kind.ADDED, "", text));
    }

    private static DiffPart part(DiffChunk chunk) {
        return new DiffPart(DiffPart.Kind.valueOf(chunk.kind().name()), chunk.tmText(), chunk.currentText());
    }

    ReviewSummary summary() {
        List<ReviewSegment> all = reviewSegments();
        List<ReviewSegment> machine = all.stream().filter(s -> !s.machineOutput().isEmpty()).toList();
        double ratio = machine.stream().mapToDouble(ReviewSegment::editRatio).average().orElse(0);
        String lastComment = steps.isEmpty() ? "" : steps.get(steps.size() - 1).comment();
        return new ReviewSummary(start.jobId(), start.document() == null ? "" : start.document(), start.user(),
                start.at(), lastActivity, nullToEmpty(start.sourceLang()), nullToEmpty(start.targetLang()),
                nullToEmpty(start.modelName()), status, classification, all.size(),
                (int) all.stream().filter(ReviewSegment::edited).count(), ratio, lastComment);
    }

    ReviewDocument document() {
        return new ReviewDocument(summary(), reviewSegments(), steps, documentNotes);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
