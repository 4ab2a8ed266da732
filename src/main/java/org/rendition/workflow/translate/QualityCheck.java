package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.qa.QualityChecks;
import org.rendition.qa.SegmentFormatting;

/**
 * QA and the model's confidence for translated segments: the one path by which the window (on
 * demand and before export), {@code rendition qa} and {@code translate --json} judge a target.
 */
public final class QualityCheck {
    private final TranslationAids aids;

    QualityCheck(TranslationAids aids) {
        this.aids = aids;
    }

    /**
     * What the {@code checks} find in each segment, in document order. The first call for a pair
     * builds its glossary index: call it off the window's thread.
     */
    public List<QaIssue> check(List<Segment> segments, LanguagePair pair, Set<QaCheck> checks) {
        return check(segments, pair, checks, segment -> SegmentFormatting.NONE);
    }

    /** As above, with each segment's inline formatting, which the tag check compares. */
    List<QaIssue> check(List<Segment> segments, LanguagePair pair, Set<QaCheck> checks,
            java.util.function.Function<Segment, SegmentFormatting> formatting) {
        List<QaIssue> issues = new ArrayList<>();
        for (Segment segment : segments) {
            issues.addAll(QualityChecks.check(segment, aids.glossaryHits(segment.source(), pair), checks,
                    formatting.apply(segment)));
        }
        return List.copyOf(issues);
    }

    /**
     * Each segment with the model's confidence in its target and what the {@code checks} find in
     * it; the segments' glossary hits are those the translation run found.
     */
    static List<TranslatedSegment> assess(List<TranslatedSegment> translated, TranslationEngine engine,
            LanguagePair pair, Set<QaCheck> checks) {
        List<Optional<TranslationConfidence>> scores = engine.score(
                translated.stream().map(t -> t.segment().source()).toList(),
                translated.stream().map(t -> t.segment().target()).toList(), pair);
        List<TranslatedSegment> assessed = new ArrayList<>();
        for (int i = 0; i < translated.size(); i++) {
            TranslatedSegment each = translated.get(i);
            assessed.add(each.assessed(scores.get(i),
                    QualityChecks.check(each.segment(), each.aids().glossaryHits(), checks)));
        }
        return assessed;
    }
}
