package org.rendition.engine.shortlist;

import java.util.Arrays;

/**
 * Builds a {@link Shortlist} from aligned sentence pairs given as token ids: for each source token,
 * the target tokens that co-occur with it in the most pairs relative to how common both are (the
 * Dice coefficient, 2·c(s,t) / (c(s) + c(t)), so that "the" does not fill every list — the most
 * frequent target tokens are kept for every batch anyway), keeping the best {@code perWord}; plus
 * the {@code frequent} most common target tokens.
 */
public final class ShortlistBuilder {
    /** Distinct (source, target) pairs held at most: about 200 MB of table. */
    static final int MOST_DISTINCT_PAIRS = 8_000_000;

    /**
     * How big the table gets.
     *
     * @param perWord candidates kept per source token (Marian's shortlists use 50–100)
     * @param frequent most frequent target tokens always kept (Marian uses 1,000–2,000)
     */
    public record Limits(int perWord, int frequent) {
        public static final int MOST_PER_WORD = 1_000;

        public Limits {
            if (perWord < 1 || perWord > MOST_PER_WORD || frequent < 0) {
                throw new IllegalArgumentException("Keep between 1 and " + MOST_PER_WORD
                        + " candidates per source word and no negative number of frequent words.");
            }
        }
    }

    private final int vocabulary;
    private final Limits limits;
    private final int[] sourceCounts;
    private final int[] targetCounts;
    private final PairCounts pairs = new PairCounts(MOST_DISTINCT_PAIRS);
    private int sentencePairs;

    public ShortlistBuilder(int vocabulary, Limits limits) {
        this.vocabulary = vocabulary;
        this.limits = limits;
        this.sourceCounts = new int[vocabulary];
        this.targetCounts = new int[vocabulary];
    }

    /**
     * Counts one aligned pair (each token once per sentence).
     *
     * @throws ShortlistException when the text holds more distinct word pairs than the table can keep
     */
    public void add(int[] source, int[] target) throws ShortlistException {
        int[] s = distinctInRange(source);
        int[] t = distinctInRange(target);
        for (int id : s) {
            sourceCounts[id]++;
        }
        for (int id : t) {
            targetCounts[id]++;
        }
        for (int a : s) {
            for (int b : t) {
                if (!pairs.add(a, b)) {
                    throw new ShortlistException(String.format("The parallel text holds more than %,d different "
                            + "word pairs after %,d sentence pairs: give fewer lines.", MOST_DISTINCT_PAIRS,
                            sentencePairs));
                }
            }
        }
        sentencePairs++;
    }

    /** Sentence pairs counted so far. */
    public int sentencePairs() {
        return sentencePairs;
    }

    /** The table of what was counted. */
    public Shortlist build(String origin) {
        int[] perSource = new int[vocabulary];
        pairs.forEach((s, t, c) -> perSource[s]++);
        long[][] packed = new long[vocabulary][];
        int[] filled = new int[vocabulary];
        pairs.forEach((s, t, c) -> {
            if (packed[s] == null) {
                packed[s] = new long[perSource[s]];
            }
            packed[s][filled[s]++] = rankKey(s, t, c);
        });
        int[][] candidates = new int[vocabulary][];
        for (int s = 0; s < vocabulary; s++) {
            if (packed[s] != null) {
                long[] ranked = packed[s];
                Arrays.sort(ranked);
                int keep = Math.min(limits.perWord(), ranked.length);
                int[] ids = new int[keep];
                for (int i = 0; i < keep; i++) {
                    ids[i] = (int) (ranked[i] & 0xffffffffL);
                }
                candidates[s] = ids;
            }
        }
        return new Shortlist(vocabulary, candidates, mostFrequentTargets(), origin);
    }

    /**
     * Sorts ascending into best first: the Dice coefficient (higher first) in the upper bits, the
     * target id (lower first, for a repeatable order among equals) in the lower 32.
     */
    private long rankKey(int source, int target, int count) {
        double dice = 2.0 * count / (sourceCounts[source] + targetCounts[target]);
        long scaled = (long) ((1.0 - Math.min(1.0, dice)) * Integer.MAX_VALUE);
        return (scaled << 32) | target;
    }

    private int[] mostFrequentTargets() {
        Integer[] order = new Integer[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> targetCounts[b] != targetCounts[a]
                ? Integer.compare(targetCounts[b], targetCounts[a]) : Integer.compare(a, b));
        int keep = 0;
        while (keep < Math.min(limits.frequent(), vocabulary) && targetCounts[order[keep]] > 0) {
            keep++;
        }
        int[] ids = new int[keep];
        for (int i = 0; i < keep; i++) {
            ids[i] = order[i];
        }
        return ids;
    }

    private int[] distinctInRange(int[] ids) {
        return Arrays.stream(ids).filter(id -> id >= 0 && id < vocabulary).distinct().toArray();
    }
}
