package org.rendition.workflow.translate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.qa.QaIssue;

/**
 * A segment as a translation run left it, with what the profile offered for it and what the model
 * and QA think of its target.
 *
 * @param segment the segment with its new target and status
 * @param aids the memory matches and glossary hits it was translated with
 * @param confidence the model's confidence in the target, word by word, with the alignment; empty
 *     while not yet scored, or when the target is blank or too long to score
 * @param issues what QA found in the target
 */
public record TranslatedSegment(Segment segment, SegmentAids aids, Optional<TranslationConfidence> confidence,
        List<QaIssue> issues) {
    public TranslatedSegment {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(aids, "aids");
        Objects.requireNonNull(confidence, "confidence");
        issues = List.copyOf(issues);
    }

    /** A segment just translated, not yet scored or checked. */
    public TranslatedSegment(Segment segment, SegmentAids aids) {
        this(segment, aids, Optional.empty(), List.of());
    }

    /** This segment with the model's confidence in its target and what QA found. */
    TranslatedSegment assessed(Optional<TranslationConfidence> scored, List<QaIssue> found) {
        return new TranslatedSegment(segment, aids, scored, found);
    }
}
