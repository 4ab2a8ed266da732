package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * What can be said of each segment's target before it leaves the analyst: what the quality
 * checks find in it, and how confident the model is in it, each segment judged in its own pair.
 */
final class TargetChecks {
    private final ProfileWriter writer;
    private final TranslationAids aids;
    private final ChosenModels models;
    private final OpenDocuments documents;
    private final DocumentChanges changes;

    TargetChecks(ProfileWriter writer, TranslationAids aids, ChosenModels models, OpenDocuments documents,
            DocumentChanges changes) {
        this.writer = writer;
        this.aids = aids;
        this.models = models;
        this.documents = documents;
        this.changes = changes;
    }

    List<QaIssue> check(List<Segment> segments, LanguagePair pair, Set<QaCheck> checks) {
        // The glossary and memory checks read the profile: what is queued for it must be in it first.
        writer.flush();
        return new QualityCheck(aids).check(segments, pair, checks);
    }

    List<QaIssue> check(OpenedDocument document, List<Segment> segments, Optional<Language> source,
            Language target, Set<QaCheck> checks) {
        writer.flush();
        QualityCheck quality = new QualityCheck(aids);
        // The tag check also finds formatting placed over no word of a target, or left out of it.
        List<List<InlineTag>> sourceTags = document.content().sourceTags();
        LanguagePair own = documents.pair(document, source, target);
        List<QaIssue> issues = new ArrayList<>();
        for (Map.Entry<LanguagePair, List<Segment>> group : byPair(document, segments, source, target, own).entrySet()) {
            issues.addAll(quality.check(group.getValue(), group.getKey(), checks,
                    segment -> AlignedTags.formatting(segment, sourceTags)));
        }
        issues.sort(Comparator.comparingInt(QaIssue::segment));
        return List.copyOf(issues);
    }

    List<Optional<TranslationConfidence>> confidence(OpenedDocument document, List<Segment> segments,
            Optional<Language> source, Language target) throws WorkflowException {
        Map<Segment, Optional<TranslationConfidence>> scored = new HashMap<>();
        LanguagePair own = documents.pair(document, source, target);
        for (Map.Entry<LanguagePair, List<Segment>> group : byPair(document, segments, source, target, own).entrySet()) {
            List<Optional<TranslationConfidence>> scores;
            try {
                scores = confidence(group.getValue(), group.getKey());
            } catch (WorkflowException e) {
                if (group.getKey().equals(own)) {
                    throw e;
                }
                continue; // no model reads this language: its segments stay unscored
            }
            for (int i = 0; i < scores.size(); i++) {
                scored.put(group.getValue().get(i), scores.get(i));
            }
        }
        List<Optional<TranslationConfidence>> result = segments.stream()
                .map(s -> scored.getOrDefault(s, Optional.empty())).toList();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            result.get(i).ifPresent(c -> changes.scored(document, segment, c));
        }
        return result;
    }

    List<Optional<TranslationConfidence>> confidence(List<Segment> segments, LanguagePair pair)
            throws WorkflowException {
        return models.engineFor(pair).score(segments.stream().map(Segment::source).toList(),
                segments.stream().map(Segment::target).toList(), pair);
    }

    /** {@code segments} by the pair each is in; a segment already in the target is in none. */
    private static Map<LanguagePair, List<Segment>> byPair(OpenedDocument document, List<Segment> segments,
            Optional<Language> source, Language target, LanguagePair own) {
        Map<LanguagePair, List<Segment>> groups = new LinkedHashMap<>();
        groups.put(own, new ArrayList<>());
        for (Segment segment : segments) {
            document.pairOf(segment.index(), source, target)
                    .ifPresent(pair -> groups.computeIfAbsent(pair, p -> new ArrayList<>()).add(segment));
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }
}
