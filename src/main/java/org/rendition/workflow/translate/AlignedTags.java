package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.TagProjection;
import org.rendition.documents.WordAlignment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.confidence.ScoredWord;
import org.rendition.engine.confidence.SourceWord;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.qa.SegmentFormatting;

/**
 * Places the inline tags (bold, links, footnote references) of machine-translated segments in
 * their targets by the model's own word alignment (decisions 11 and 14), and reads the tags a
 * segment carries for export and QA. Placed tags are part of the segment ({@link Segment#targetTags()}),
 * saved with it and edited by the analyst (decision 24); an exact memory match stored with the
 * same sentence's tags brings their places in its target along ({@link MemoryTags}).
 */
final class AlignedTags {
    private AlignedTags() {
    }

    /**
     * The tags placed in the target of each of {@code translated} that carries tags, by segment
     * index: for a target from the model, by the model's alignment, one forced pass of
     * {@code engine} over them all; for an exact memory match stored with this sentence's tags,
     * where the memory has them. A segment missing from the answer has none placed.
     *
     * @param sourceTags each segment's tags in the document, by segment index
     */
    static Map<Integer, List<InlineTag>> place(List<TranslatedSegment> translated, List<List<InlineTag>> sourceTags,
            TranslationEngine engine, LanguagePair pair) {
        Map<Integer, List<InlineTag>> placed = new HashMap<>();
        List<Segment> tagged = new ArrayList<>();
        for (TranslatedSegment each : translated) {
            Segment segment = each.segment();
            if (!carriesTags(segment, sourceTags)) {
                continue;
            }
            List<InlineTag> own = sourceTags.get(segment.index());
            if (segment.status() == SegmentStatus.TM_EXACT) {
                each.aids().exactMatch().filter(match -> match.entry().target().equals(segment.target()))
                    .flatMap(match -> MemoryTags.targetTags(match.entry().taggedSource(),
                        match.entry().taggedTarget(), own))
                    .ifPresent(tags -> placed.put(segment.index(), tags));
            } else if (segment.status() == SegmentStatus.MACHINE || segment.status() == SegmentStatus.MACHINE_REPAIRED) {
                tagged.add(segment);
            }
        }
        if (tagged.isEmpty()) {
            return placed;
        }
        List<Optional<TranslationConfidence>> scored = engine.score(tagged.stream().map(Segment::source).toList(),
            tagged.stream().map(Segment::target).toList(), pair);
        for (int i = 0; i < tagged.size(); i++) {
            Segment segment = tagged.get(i);
            scored.get(i).ifPresent(confidence -> placed.put(segment.index(),
                TagProjection.project(segment.source(), sourceTags.get(segment.index()), segment.target(),
                    alignment(confidence))));
        }
        return placed;
    }

    /** Whether {@code segment} has a target and its source carries tags to place in it. */
    static boolean carriesTags(Segment segment, List<List<InlineTag>> sourceTags) {
        return !segment.target().isBlank() && segment.index() < sourceTags.size()
            && !sourceTags.get(segment.index()).isEmpty();
    }

    /**
     * The tags of {@code segment} placed in the text it exports: its source's own where it exports
     * its source, else those placed in its target, or empty where nobody placed any.
     */
    static Optional<List<InlineTag>> of(Segment segment, List<InlineTag> sourceTags) {
        if (sourceTags.isEmpty() || segment.exportText().equals(segment.source()) && segment.targetTags().isEmpty()) {
            return Optional.of(sourceTags);
        }
        return segment.targetTags();
    }

    /** What the tag check compares for {@code segment}: its source's tags and those placed in its target. */
    static SegmentFormatting formatting(Segment segment, List<List<InlineTag>> sourceTags) {
        if (segment.index() >= sourceTags.size() || sourceTags.get(segment.index()).isEmpty()) {
            return SegmentFormatting.NONE;
        }
        return new SegmentFormatting(sourceTags.get(segment.index()), segment.targetTags());
    }

    /** {@link #of} for every segment, or an empty list when no segment carries tags. */
    static List<Optional<List<InlineTag>>> forExport(List<Segment> segments, List<List<InlineTag>> sourceTags) {
        if (sourceTags.stream().allMatch(List::isEmpty)) {
            return List.of();
        }
        List<Optional<List<InlineTag>>> all = new ArrayList<>();
        for (Segment segment : segments) {
            all.add(of(segment, segment.index() < sourceTags.size() ? sourceTags.get(segment.index()) : List.of()));
        }
        return all;
    }

    /** The model's alignment as the documents package reads it: words as spans, each target word's source words. */
    static WordAlignment alignment(TranslationConfidence confidence) {
        List<WordAlignment.Word> source = new ArrayList<>();
        for (SourceWord word : confidence.sourceWords()) {
            source.add(new WordAlignment.Word(word.start(), word.end()));
        }
        List<WordAlignment.AlignedWord> target = new ArrayList<>();
        for (ScoredWord word : confidence.words()) {
            target.add(new WordAlignment.AlignedWord(word.start(), word.end(), word.sourceWords()));
        }
        return new WordAlignment(source, target);
    }
}
