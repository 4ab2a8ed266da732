package org.rendition.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Places a segment's inline tags in its translation by the model's word alignment, as Bergamot
 * does for HTML. A paired tag (bold, a link, a field's result) covers the target words aligned to
 * the source words inside it, from the first of them to the last, so it stays one span; a
 * standalone tag (a footnote reference, a picture) goes after the target word aligned to the
 * source word before it. A tag inside another in the source stays inside it in the translation.
 *
 * <p>Each target word counts for its strongest source word only (a hard alignment): attention
 * spreads over neighbours, and counting every source word a target word looked at would stretch
 * a bold phrase over half the sentence. Where the alignment says nothing about a tag (no source
 * word inside it, or none of them aligned to anything) the tag is placed by its position in the
 * sentence instead, over at least one word, so formatting is never dropped.
 */
public final class TagProjection {
    private TagProjection() {
    }

    /**
     * Where each of {@code tags} (offsets into {@code source}) lies in {@code target}: one tag per
     * tag given, in the same order, of the same kind and detail, with offsets into {@code target}.
     *
     * @param alignment the words of {@code source} and {@code target} and how they align
     */
    public static List<InlineTag> project(String source, List<InlineTag> tags, String target,
            WordAlignment alignment) {
        Sentence sentence = new Sentence(source, target, alignment);
        List<InlineTag> placed = new ArrayList<>();
        for (InlineTag tag : tags) {
            placed.add(tag.kind().paired() ? sentence.span(tag) : sentence.point(tag));
        }
        return keepNesting(tags, placed);
    }

    /**
     * Where a tag lies in {@code target} by position alone: the same share of the sentence as in
     * the source, widened to whole words. What a tag gets when no alignment speaks for it.
     */
    public static InlineTag byPosition(String source, InlineTag tag, String target) {
        return new Sentence(source, target, new WordAlignment(List.of(), List.of())).byPosition(tag);
    }

    /** Clips each tag that lay inside another in the source to that other's place in the target. */
    private static List<InlineTag> keepNesting(List<InlineTag> source, List<InlineTag> placed) {
        List<InlineTag> result = new ArrayList<>(placed);
        List<Integer> outerFirst = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).kind().paired()) {
                outerFirst.add(i);
            }
        }
        outerFirst.sort(Comparator.comparingInt((Integer i) -> source.get(i).end() - source.get(i).start()).reversed()
            .thenComparingInt(i -> i));
        for (int k = 0; k < outerFirst.size(); k++) {
            int inner = outerFirst.get(k);
            for (int j = 0; j < k; j++) {
                int outer = outerFirst.get(j);
                InlineTag a = source.get(outer);
                InlineTag b = source.get(inner);
                if (a.start() <= b.start() && b.end() <= a.end()) {
                    InlineTag within = result.get(outer);
                    InlineTag own = result.get(inner);
                    int start = Math.max(within.start(), own.start());
                    int end = Math.min(within.end(), own.end());
                    result.set(inner, start < end ? new InlineTag(own.kind(), start, end, own.detail())
                        : new InlineTag(own.kind(), within.start(), within.end(), own.detail()));
                }
            }
        }
        return List.copyOf(result);
    }

    /** One source sentence, its translation and their alignment, with the words that could be placed. */
    private static final class Sentence {
        private final String source;
        private final String target;
        private final List<WordAlignment.Word> sourceWords;
        private final List<WordAlignment.AlignedWord> targetWords;
        /** Indices of the source words found in the source, in order. */
        private final List<Integer> placedSource = new ArrayList<>();
        private final int contentStart;
        private final int contentEnd;

        Sentence(String source, String target, WordAlignment alignment) {
            this.source = source;
            this.target = target;
            this.sourceWords = alignment.sourceWords();
            this.targetWords = alignment.targetWords().stream()
                .filter(w -> w.isPlaced() && w.end() <= target.length()).toList();
            for (int i = 0; i < sourceWords.size(); i++) {
                WordAlignment.Word word = sourceWords.get(i);
                if (word.isPlaced() && word.end() <= source.length()) {
                    placedSource.add(i);
                }
            }
            int start = 0;
            while (start < target.length() && Character.isWhitespace(target.charAt(start))) {
                start++;
            }
            int end = target.length();
            while (end > start && Character.isWhitespace(target.charAt(end - 1))) {
                end--;
            }
            contentStart = start;
            contentEnd = end;
        }

        InlineTag span(InlineTag tag) {
            Set<Integer> inside = new TreeSet<>();
            for (int i : placedSource) {
                WordAlignment.Word word = sourceWords.get(i);
                int overlap = Math.min(tag.end(), word.end()) - Math.max(tag.start(), word.start());
                boolean tagWithinWord = tag.start() >= word.start() && tag.end() <= word.end();
                if (overlap > 0 && (2 * overlap >= word.end() - word.start() || tagWithinWord)) {
                    inside.add(i);
                }
            }
            if (inside.isEmpty()) {
                return byPosition(tag);
            }
            if (inside.containsAll(placedSource)) {
                return new InlineTag(tag.kind(), contentStart, Math.max(contentStart, contentEnd), tag.detail());
            }
            List<WordAlignment.AlignedWord> aligned = alignedTo(w -> !w.sourceWords().isEmpty()
                && inside.contains(w.sourceWords().get(0)));
            if (aligned.isEmpty()) {
                aligned = alignedTo(w -> w.sourceWords().stream().anyMatch(inside::contains));
            }
            if (aligned.isEmpty()) {
                return byPosition(tag);
            }
            int start = aligned.stream().mapToInt(WordAlignment.AlignedWord::start).min().orElseThrow();
            int end = aligned.stream().mapToInt(WordAlignment.AlignedWord::end).max().orElseThrow();
            // Words carry the punctuation written against them ("exercises."); a tag that stopped
            // short of the source's punctuation stops short of the target's.
            if (tag.start() < tag.end() && !isPunctuation(source.charAt(tag.end() - 1))) {
                while (end - 1 > start && isPunctuation(target.charAt(end - 1))) {
                    end--;
                }
            }
            if (tag.start() < tag.end() && !isPunctuation(source.charAt(tag.start()))) {
                while (start + 1 < end && isPunctuation(target.charAt(start))) {
                    start++;
                }
            }
            return new InlineTag(tag.kind(), start, end, tag.detail());
        }

        private static boolean isPunctuation(char c) {
            int type = Character.getType(c);
            return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
        }

        InlineTag point(InlineTag tag) {
            if (placedSource.isEmpty()) {
                return byPosition(tag);
            }
            int first = placedSource.get(0);
            int last = placedSource.get(placedSource.size() - 1);
            if (tag.start() <= sourceWords.get(first).start()) {
                return at(tag, contentStart);
            }
            if (tag.start() >= sourceWords.get(last).end()) {
                return at(tag, contentEnd);
            }
            int before = -1;
            for (int i : placedSource) {
                if (sourceWords.get(i).start() < tag.start()) {
                    before = i;
                }
            }
            for (int k = placedSource.indexOf(before); k >= 0; k--) {
                int word = placedSource.get(k);
                List<WordAlignment.AlignedWord> aligned = alignedTo(w -> !w.sourceWords().isEmpty()
                    && w.sourceWords().get(0) == word);
                if (!aligned.isEmpty()) {
                    return at(tag, aligned.stream().mapToInt(WordAlignment.AlignedWord::end).max().orElseThrow());
                }
            }
            return byPosition(tag);
        }

        private List<WordAlignment.AlignedWord> alignedTo(Predicate<WordAlignment.AlignedWord> test) {
            return targetWords.stream().filter(test).toList();
        }

        private static InlineTag at(InlineTag tag, int offset) {
            return new InlineTag(tag.kind(), offset, offset, tag.detail());
        }

        /** The same share of the target as the tag had of the source, widened to whole words. */
        InlineTag byPosition(InlineTag tag) {
            if (contentStart >= contentEnd) {
                return at(tag, contentStart);
            }
            double scale = source.isEmpty() ? 0 : (double) target.length() / source.length();
            int start = clamp((int) Math.round(tag.start() * scale));
            if (!tag.kind().paired()) {
                return at(tag, tag.start() == 0 ? contentStart : tag.start() >= source.length() ? contentEnd
                    : endOfWord(start));
            }
            int end = clamp((int) Math.round(tag.end() * scale));
            start = startOfWord(start);
            end = endOfWord(Math.max(end, start));
            while (end > start && Character.isWhitespace(target.charAt(end - 1))) {
                end--;
            }
            if (end <= start) {
                end = endOfWord(start + 1);
            }
            return new InlineTag(tag.kind(), start, Math.max(start, end), tag.detail());
        }

        private int clamp(int offset) {
            return Math.max(contentStart, Math.min(contentEnd, offset));
        }

        /** The start of the word {@code offset} is in, or of the next word when it is on white space. */
        private int startOfWord(int offset) {
            int at = offset;
            while (at < contentEnd && Character.isWhitespace(target.charAt(at))) {
                at++;
            }
            while (at > contentStart && !Character.isWhitespace(target.charAt(at - 1))) {
                at--;
            }
            return Math.min(at, contentEnd);
        }

        /** The end of the word {@code offset} is in; {@code offset} itself when it is on white space. */
        private int endOfWord(int offset) {
            int at = Math.min(offset, contentEnd);
            while (at < contentEnd && !Character.isWhitespace(target.charAt(at))) {
                at++;
            }
            return at;
        }
    }
}
