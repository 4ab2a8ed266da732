package org.rendition.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The match percentage between two sources, computed the way CAT tools do: an edit distance
 * over tokens rather than characters, divided by the length of the longer segment.
 *
 * <p>Costs (see docs/decisions/0004-fuzzy-match-score.md): inserting, deleting or replacing a
 * word costs 1; a punctuation mark costs 0.25, because a missing comma rarely changes what
 * the translator must do; a word that differs only in case (or Unicode composition) costs
 * 0.2. Only sources equal after whitespace normalisation score 100; any other difference,
 * however small, scores at most 99.
 */
public final class FuzzyScorer {
    static final double WORD_COST = 1.0;
    static final double PUNCTUATION_COST = 0.25;
    static final double CASE_COST = 0.2;

    private FuzzyScorer() {
    }

    /** The score and the differences between a memory source and the current source. */
    public record Comparison(int score, List<DiffChunk> differences) {
    }

    public static int score(String tmSource, String currentSource) {
        return compare(tmSource, currentSource).score();
    }

    public static Comparison compare(String tmSource, String currentSource) {
        List<Token> tm = SegmentTokenizer.tokenize(tmSource);
        List<Token> current = SegmentTokenizer.tokenize(currentSource);
        double[][] distance = distances(tm, current);
        double d = distance[tm.size()][current.size()];
        double longer = Math.max(weight(tm), weight(current));
        int score;
        if (SourceKey.normalize(tmSource).equals(SourceKey.normalize(currentSource))) {
            score = 100;
        } else if (longer == 0) {
            score = 99;
        } else {
            score = Math.min(99, (int) Math.floor(100 * (1 - d / longer) + 1e-9));
            score = Math.max(0, score);
        }
        return new Comparison(score, diff(tmSource, currentSource, tm, current, distance));
    }

    private static double[][] distances(List<Token> a, List<Token> b) {
        double[][] d = new double[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            d[i][0] = d[i - 1][0] + cost(a.get(i - 1));
        }
        for (int j = 1; j <= b.size(); j++) {
            d[0][j] = d[0][j - 1] + cost(b.get(j - 1));
        }
        for (int i = 1; i <= a.size(); i++) {
            Token x = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                Token y = b.get(j - 1);
                double best = d[i - 1][j - 1] + substitution(x, y);
                best = Math.min(best, d[i - 1][j] + cost(x));
                best = Math.min(best, d[i][j - 1] + cost(y));
                d[i][j] = best;
            }
        }
        return d;
    }

    private static double cost(Token token) {
        return token.word() ? WORD_COST : PUNCTUATION_COST;
    }

    private static double substitution(Token x, Token y) {
        if (x.text().equals(y.text())) {
            return 0;
        }
        if (x.folded().equals(y.folded())) {
            return CASE_COST;
        }
        return Math.max(cost(x), cost(y));
    }

    private static double weight(List<Token> tokens) {
        double sum = 0;
        for (Token token : tokens) {
            sum += cost(token);
        }
        return sum;
    }

    private enum Step { SAME, CHANGED, ADDED, REMOVED }

    private static List<DiffChunk> diff(String tmText, String currentText, List<Token> tm,
                                        List<Token> current, double[][] d) {
        List<Step> steps = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        int i = tm.size();
        int j = current.size();
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && close(d[i][j], d[i - 1][j - 1] + substitution(tm.get(i - 1), current.get(j - 1)))) {
                boolean same = tm.get(i - 1).text().equals(current.get(j - 1).text());
                steps.add(same ? Step.SAME : Step.CHANGED);
                positions.add(new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (i > 0 && close(d[i][j], d[i - 1][j] + cost(tm.get(i - 1)))) {
                steps.add(Step.REMOVED);
                positions.add(new int[] {i - 1, -1});
                i--;
            } else {
                steps.add(Step.ADDED);
                positions.add(new int[] {-1, j - 1});
                j--;
            }
        }
        List<DiffChunk> chunks = new ArrayList<>();
        int k = steps.size() - 1;
        while (k >= 0) {
            boolean same = steps.get(k) == Step.SAME;
            int tmFrom = -1;
            int tmTo = -1;
            int curFrom = -1;
            int curTo = -1;
            while (k >= 0 && (steps.get(k) == Step.SAME) == same) {
                int[] p = positions.get(k);
                if (p[0] >= 0) {
                    tmFrom = tmFrom < 0 ? p[0] : tmFrom;
                    tmTo = p[0];
                }
                if (p[1] >= 0) {
                    curFrom = curFrom < 0 ? p[1] : curFrom;
                    curTo = p[1];
                }
                k--;
            }
            String tmSpan = tmFrom < 0 ? "" : tmText.substring(tm.get(tmFrom).start(), tm.get(tmTo).end());
            String curSpan = curFrom < 0 ? "" : currentText.substring(current.get(curFrom).start(),
                    current.get(curTo).end());
            DiffChunk.Kind kind = same ? DiffChunk.Kind.SAME
                    : tmSpan.isEmpty() ? DiffChunk.Kind.ADDED
                    : curSpan.isEmpty() ? DiffChunk.Kind.REMOVED
                    : DiffChunk.Kind.CHANGED;
            chunks.add(new DiffChunk(kind, tmSpan, curSpan));
        }
        return chunks;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }

    /**
     * The differences as one line, in the notation of word-diff tools: text only the memory
     * has in {@code [-...-]}, text only the current source has in {@code {+...+}}.
     */
    public static String render(List<DiffChunk> chunks) {
        StringBuilder out = new StringBuilder();
        for (DiffChunk chunk : chunks) {
            if (out.length() > 0) {
                out.append(' ');
            }
            switch (chunk.kind()) {
                case SAME -> out.append(chunk.currentText());
                case ADDED -> out.append("{+").append(chunk.currentText()).append("+}");
                case REMOVED -> out.append("[-").append(chunk.tmText()).append("-]");
                case CHANGED -> out.append("[-").append(chunk.tmText()).append("-]{+")
                        .append(chunk.currentText()).append("+}");
                default -> throw new IllegalStateException(chunk.kind().name());
            }
        }
        return out.toString();
    }
}
