package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * The inline tags (bold, links, footnote references) of one document's machine-translated
 * segments, placed in their targets by the model's own word alignment (decisions 11 and 14) and
 * kept until export. A tag placed in a target stays valid while the target does: a target the
 * analyst edited since, or one taken from the memory, has none, and the writers place its
 * formatting by position. An exact memory match stored with the same sentence's tags brings
 * their places in its target along ({@link MemoryTags}).
 */
final class AlignedTags {
    /** Tags placed in one target: valid for that exact text only. */
    private record Placed(String target, List<InlineTag> tags) {
    }

    private final Map<Integer, Placed> bySegment = new ConcurrentHashMap<>();

    /**
     * Places the tags of each of {@code translated} that carries tags in its target: for a target
     * from the model, by the model's alignment, one forced pass of {@code engine} over them all;
     * for an exact memory match stored with this sentence's tags, where the memory has them.
     *
     * @param sourceTags each segment's tags in the document, by segment index
     */
    void place(List<TranslatedSegment> translated, List<List<InlineTag>> sourceTags, TranslationEngine engine,
            LanguagePair pair) {
        List<Segment> tagged = new ArrayList<>();
        for (TranslatedSegment each : translated) {
            Segment segment = each.segment();
            if (segment.target().isBlank() || segment.index() >= sourceTags.size()
                    || sourceTags.get(segment.index()).isEmpty()) {
                continue;
            }
            List<InlineTag> own = sourceTags.get(segment.index());
            if (segment.status() == SegmentStatus.TM_EXACT) {
                each.aids().exactMatch().filter(match -> match.entry().target().equals(segment.target()))
                    .flatMap(match -> MemoryTags.targetTags(match.entry().taggedSource(),
                        match.entry().taggedTarget(), own))
                    .ifPresent(tags -> bySegment.put(segment.index(), new Placed(segment.target(), tags)));
            } else if (segment.status() == SegmentStatus.MACHINE || segment.status() == SegmentStatus.MACHINE_REPAIRED) {
                tagged.add(segment);
            }
        }
        if (tagged.isEmpty()) {
            return;
        }
        List<Optional<TranslationConfidence>> scored = engine.score(tagged.stream().map(Segment::source).toList(),
            tagged.stream().map(Segment::target).toList(), pair);
        for (int i = 0; i < tagged.size(); i++) {
            Segment segment = tagged.get(i);
            scored.get(i).ifPresent(confidence -> bySegment.put(segment.index(), new Placed(segment.target(),
                TagProjection.project(segment.source(), sourceTags.get(segment.index()), segment.target(),
                    alignment(confidence)))));
        }
    }

    /**
     * The tags of {@code segment} placed in the text it exports: its source's own where it exports
     * its source, the aligned ones where its target is still the one aligned, else empty.
     */
    Optional<List<InlineTag>> of(Segment segment, List<InlineTag> sourceTags) {
        if (sourceTags.isEmpty() || segment.exportText().equals(segment.source())) {
            return Optional.of(sourceTags);
        }
        Placed placed = bySegment.get(segment.index());
        return placed != null && placed.target().equals(segment.target()) ? Optional.of(placed.tags())
            : Optional.empty();
    }

    /** What the tag check compares for {@code segment}: its source's tags and those placed in its target. */
    SegmentFormatting formatting(Segment segment, List<List<InlineTag>> sourceTags) {
        if (segment.index() >= sourceTags.size() || sourceTags.get(segment.index()).isEmpty()) {
            return SegmentFormatting.NONE;
        }
        List<InlineTag> source = sourceTags.get(segment.index());
        Placed placed = bySegment.get(segment.index());
        return new SegmentFormatting(source, placed != null && placed.target().equals(segment.target())
            ? Optional.of(placed.tags()) : Optional.empty());
    }

    /** {@link #of} for every segment, or an empty list when no segment carries tags. */
    List<Optional<List<InlineTag>>> forExport(List<Segment> segments, List<List<InlineTag>> sourceTags) {
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
