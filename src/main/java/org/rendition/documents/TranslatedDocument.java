package org.rendition.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rendition.text.Language;

/**
 * A document with a translation for each of its segments: what every writer takes.
 *
 * @param source the document as read
 * @param sourceLanguage the language the segments were cut in
 * @param targetLanguage the language of the translations
 * @param segments the segments, as {@link SourceDocument#segments} gave them
 * @param targets one translation per segment, in the same order
 * @param targetTags for each segment, its inline tags placed in its translation (of the tags
 *     {@link SegmentTags#of} gives the segment, those the translation has, in the same order,
 *     offsets into its translation; see {@link TargetTags}), or empty where nobody placed them
 *     (a fuzzy memory match); an empty list when no segment has them. Writers place the formatting of a block by these
 *     where every tagged sentence of it has them, else by position.
 */
public record TranslatedDocument(SourceDocument source, Language sourceLanguage, Language targetLanguage,
                                 List<Segment> segments, List<String> targets,
                                 List<Optional<List<InlineTag>>> targetTags) {
    /** A translation whose formatting is placed by position. */
    public TranslatedDocument(SourceDocument source, Language sourceLanguage, Language targetLanguage,
                              List<Segment> segments, List<String> targets) {
        this(source, sourceLanguage, targetLanguage, segments, targets, List.of());
    }

    public TranslatedDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        segments = List.copyOf(segments);
        targets = List.copyOf(targets);
        if (segments.size() != targets.size()) {
            throw new IllegalArgumentException("Expected " + segments.size() + " translations, got " + targets.size());
        }
        targetTags = targetTags.stream().map(tags -> tags.map(List::copyOf)).toList();
        if (!targetTags.isEmpty() && targetTags.size() != segments.size()) {
            throw new IllegalArgumentException("Expected placed tags for " + segments.size() + " segments, got "
                + targetTags.size());
        }
        for (Segment segment : segments) {
            if (segment.paragraph() < 0 || segment.paragraph() >= source.blocks().size()) {
                throw new IllegalArgumentException("Segment " + segment.index() + " names paragraph "
                    + segment.paragraph() + ", which the document does not have");
            }
        }
    }

    /**
     * The translation of each block, in block order: its sentences' translations joined with a
     * space, or with nothing for Chinese and Japanese, which put no space between sentences; where
     * the source had line breaks or tabs between two sentences, the translations have them too.
     * A block without segments keeps its source text.
     */
    public List<String> targetParagraphs() {
        return blockTranslations().stream().map(BlockTranslation::text).toList();
    }

    /**
     * A block's translation and, where every sentence of it that carries tags had them placed by
     * alignment, the block's tags with their places in the translation.
     */
    record BlockTranslation(String text, Optional<List<PlacedTag>> tags) {
    }

    /** Each block's translation, as {@link #targetParagraphs()}, with its placed tags. */
    List<BlockTranslation> blockTranslations() {
        String separator = usesSpacesBetweenSentences(targetLanguage) ? " " : "";
        int blockCount = source.blocks().size();
        List<StringBuilder> paragraphs = new ArrayList<>();
        List<Map<Integer, int[]>> placed = new ArrayList<>();
        boolean[] tagged = new boolean[blockCount];
        boolean[] aligned = new boolean[blockCount];
        int[] cursors = new int[blockCount];
        for (int i = 0; i < blockCount; i++) {
            paragraphs.add(new StringBuilder());
            placed.add(new LinkedHashMap<>());
            aligned[i] = true;
        }
        List<SegmentTags.Share> shares = targetTags.isEmpty() ? List.of() : SegmentTags.shares(source, segments);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            int block = segment.paragraph();
            String blockText = source.blocks().get(block).text();
            int at = blockText.indexOf(segment.source(), cursors[block]);
            String gap = at < 0 ? "" : blockText.substring(cursors[block], at);
            if (at >= 0) {
                cursors[block] = at + segment.source().length();
            }
            StringBuilder paragraph = paragraphs.get(block);
            String raw = targets.get(i);
            String target = raw.strip();
            String layout = gap.replaceAll("[^\\n\\t]", "");
            if (paragraph.length() > 0 && !target.isEmpty()) {
                paragraph.append(layout.isEmpty() ? separator : layout);
            }
            int offset = paragraph.length();
            paragraph.append(target);
            if (shares.isEmpty() || shares.get(i).tagIndexes().isEmpty()) {
                continue;
            }
            tagged[block] = true;
            List<Integer> indexes = shares.get(i).tagIndexes();
            Optional<List<InlineTag>> tags = targetTags.get(i);
            if (tags.isEmpty()) {
                aligned[block] = false;
                continue;
            }
            List<InlineTag> blockTags = source.blocks().get(block).tags();
            List<Optional<InlineTag>> matched = TargetTags.perSourceTag(
                indexes.stream().map(blockTags::get).toList(), tags.get());
            int leading = raw.length() - raw.stripLeading().length();
            for (int k = 0; k < indexes.size(); k++) {
                // A tag the target lacks keeps its formatting off the translation: an empty span, a point at the end.
                int lacking = raw.length();
                InlineTag tag = matched.get(k).orElse(new InlineTag(blockTags.get(indexes.get(k)).kind(), lacking,
                    lacking, ""));
                int start = offset + Math.max(0, Math.min(target.length(), tag.start() - leading));
                int end = offset + Math.max(0, Math.min(target.length(), tag.end() - leading));
                int[] span = placed.get(block).get(indexes.get(k));
                if (span == null) {
                    placed.get(block).put(indexes.get(k), new int[] {start, Math.max(start, end)});
                } else if (tag.kind().paired()) {
                    // A tag over two sentences covers both translations and what lies between.
                    span[0] = Math.min(span[0], start);
                    span[1] = Math.max(span[1], end);
                }
            }
        }
        List<BlockTranslation> result = new ArrayList<>();
        for (int b = 0; b < blockCount; b++) {
            DocumentBlock block = source.blocks().get(b);
            boolean translated = paragraphs.get(b).length() > 0;
            String text = translated ? paragraphs.get(b).toString() : block.text();
            Optional<List<PlacedTag>> tags = Optional.empty();
            if (translated && tagged[b] && aligned[b]) {
                List<PlacedTag> list = new ArrayList<>();
                placed.get(b).forEach((index, span) -> {
                    InlineTag tag = block.tags().get(index);
                    list.add(new PlacedTag(tag, new InlineTag(tag.kind(), span[0], span[1], tag.detail())));
                });
                tags = Optional.of(List.copyOf(list));
            }
            result.add(new BlockTranslation(text, tags));
        }
        return result;
    }

    private static boolean usesSpacesBetweenSentences(Language language) {
        return language != Language.CHINESE && language != Language.JAPANESE;
    }
}
