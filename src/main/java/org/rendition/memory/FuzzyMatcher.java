package org.rendition.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns index candidates into ranked matches, and decides which words of a source are worth
 * asking the index for.
 */
public final class FuzzyMatcher {
    /** The match percentage below which a fuzzy match is not shown unless configured otherwise. */
    public static final int DEFAULT_THRESHOLD = 75;

    private FuzzyMatcher() {
    }

    /**
     * Scores every candidate against {@code source} and returns those at or above
     * {@code threshold}, best first (newer first among equal scores), at most {@code max}.
     */
    public static List<TmMatch> rank(String source, Collection<TmEntry> candidates, int threshold, int max) {
        List<TmMatch> matches = new ArrayList<>();
        for (TmEntry candidate : candidates) {
            FuzzyScorer.Comparison comparison = FuzzyScorer.compare(candidate.source(), source);
            if (comparison.score() >= threshold) {
                matches.add(new TmMatch(candidate, comparison.score(), comparison.differences()));
            }
        }
        matches.sort(Comparator.comparingInt(TmMatch::score).reversed()
                .thenComparing(m -> m.entry().created(), Comparator.reverseOrder()));
        return matches.size() > max ? new ArrayList<>(matches.subList(0, max)) : matches;
    }

    /** A candidate with its score against the current source. */
    public record Scored(TmCandidate candidate, FuzzyScorer.Comparison comparison) {
    }

    /**
     * Scores index candidates against {@code source}; those at or above {@code threshold},
     * best first, at most {@code max}.
     */
    public static List<Scored> best(String source, Collection<TmCandidate> candidates, int threshold, int max) {
        List<Scored> scored = new ArrayList<>();
        for (TmCandidate candidate : candidates) {
            FuzzyScorer.Comparison comparison = FuzzyScorer.compare(candidate.source(), source);
            if (comparison.score() >= threshold && comparison.score() < 100) {
                scored.add(new Scored(candidate, comparison));
            }
        }
        scored.sort(Comparator.comparingInt((Scored s) -> s.comparison().score()).reversed()
                .thenComparing(s -> s.candidate().id(), Comparator.reverseOrder()));
        return scored.size() > max ? new ArrayList<>(scored.subList(0, max)) : scored;
    }

    /**
     * The distinct folded words of {@code source}, in the order the index should search them:
     * rarest first, and only as many as a match at {@code threshold} needs.
     *
     * <p>A segment scoring {@code t}% against a source of {@code n} words shares at least
     * about {@code t·n} of them, so among any {@code n - ⌈t·n⌉ + 1} of the source's words at
     * least one is shared (pigeonhole). Searching only the rarest ones therefore loses no match
     * and keeps the index from reading the long posting lists of words like "the" or "не".
     * One extra word is taken as a margin for punctuation and repeated words.
     *
     * @param frequency how many indexed segments contain each word; missing words count 0
     */
    public static List<String> searchWords(String source, Map<String, Long> frequency, int threshold) {
        List<String> words = distinctWords(source);
        int n = words.size();
        int needed = n - (int) Math.ceil(threshold / 100.0 * n) + 2;
        Map<String, Long> rank = new HashMap<>();
        for (String word : words) {
            rank.put(word, frequency.getOrDefault(word, 0L));
        }
        words.sort(Comparator.comparingLong(rank::get));
        return List.copyOf(words.subList(0, Math.min(n, Math.max(1, needed))));
    }

    /** The distinct folded words of {@code source}, in order of first appearance. */
    public static List<String> distinctWords(String source) {
        Set<String> words = new LinkedHashSet<>();
        for (Token token : SegmentTokenizer.tokenize(source)) {
            if (token.word()) {
                words.add(token.folded());
            }
        }
        return new ArrayList<>(words);
    }
}
