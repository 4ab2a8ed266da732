package org.rendition.glossary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every glossary term in a sentence in one pass: an Aho–Corasick automaton whose
 * alphabet is word keys (stems), so a sentence costs time linear in its words whatever the
 * number of terms, and inflected forms meet their dictionary form.
 *
 * <p>Build it once per language pair and reuse it; it is immutable and safe to share, and
 * {@link #find} keeps its normaliser per thread.
 */
public final class GlossaryIndex {
    private static final int ROOT = 0;

    private final String sourceLang;
    private final List<GlossaryTerm> terms;
    private final List<String[]> termWords;
    private final Map<String, Integer> keyIds = new HashMap<>();
    /** (state << 32 | keyId) → next state. */
    private final Map<Long, Integer> transitions = new HashMap<>();
    private int[] fail;
    private int[] depth;
    /** Terms ending at each state; null for none. */
    private int[][] outputs;
    /** The nearest state on the fail chain that has outputs, or -1. */
    private int[] outputLink;
    private final ThreadLocal<WordNormalizer> normalizer;

    /** Indexes {@code terms}, whose source language must be {@code sourceLang}. */
    public GlossaryIndex(String sourceLang, Collection<GlossaryTerm> terms) {
        this.sourceLang = sourceLang;
        this.terms = List.copyOf(terms);
        this.termWords = new ArrayList<>(this.terms.size());
        this.normalizer = ThreadLocal.withInitial(() -> new WordNormalizer(sourceLang));
        build();
    }

    public String sourceLang() {
        return sourceLang;
    }

    public int size() {
        return terms.size();
    }

    private void build() {
        WordNormalizer words = new WordNormalizer(sourceLang);
        List<List<Integer>> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        children.add(new ArrayList<>());
        ends.add(null);
        depths.add(0);
        for (int t = 0; t < terms.size(); t++) {
            List<Word> split = Word.split(terms.get(t).source());
            termWords.add(split.stream().map(Word::text).toArray(String[]::new));
            if (split.isEmpty()) {
                continue;
            }
            int state = ROOT;
            for (Word word : split) {
                int key = keyIds.computeIfAbsent(words.key(word.text()), k -> keyIds.size());
                long edge = ((long) state << 32) | key;
                Integer next = transitions.get(edge);
                if (next == null) {
                    next = children.size();
                    transitions.put(edge, next);
                    children.get(state).add(next);
                    children.add(new ArrayList<>());
                    ends.add(null);
                    depths.add(depths.get(state) + 1);
                }
                state = next;
            }
            if (ends.get(state) == null) {
                ends.set(state, new ArrayList<>(1));
            }
            ends.get(state).add(t);
        }
        int states = children.size();
        fail = new int[states];
        depth = depths.stream().mapToInt(Integer::intValue).toArray();
        outputs = new int[states][];
        outputLink = new int[states];
        for (int s = 0; s < states; s++) {
            List<Integer> e = ends.get(s);
            outputs[s] = e == null ? null : e.stream().mapToInt(Integer::intValue).toArray();
        }
        Map<Integer, Integer> keyOfState = new HashMap<>();
        for (Map.Entry<Long, Integer> edge : transitions.entrySet()) {
            keyOfState.put(edge.getValue(), (int) (edge.getKey() & 0xffffffffL));
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputLink[ROOT] = -1;
        for (int child : children.get(ROOT)) {
            fail[child] = ROOT;
            outputLink[child] = -1;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (int child : children.get(state)) {
                int key = keyOfState.get(child);
                int f = fail[state];
                while (f != ROOT && next(f, key) < 0) {
                    f = fail[f];
                }
                int target = next(f, key);
                fail[child] = target >= 0 && target != child ? target : ROOT;
                outputLink[child] = outputs[fail[child]] != null ? fail[child] : outputLink[fail[child]];
                queue.add(child);
            }
        }
    }

    private int next(int state, int key) {
        Integer n = transitions.get(((long) state << 32) | key);
        return n == null ? -1 : n;
    }

    /**
     * Every term occurring in {@code sentence}, ordered by position, longer terms first where
     * several start at the same word.
     */
    public List<GlossaryHit> find(String sentence) {
        WordNormalizer words = normalizer.get();
        List<Word> split = Word.split(sentence);
        List<GlossaryHit> hits = new ArrayList<>();
        int state = ROOT;
        for (int i = 0; i < split.size(); i++) {
            Integer key = keyIds.get(words.key(split.get(i).text()));
            if (key == null) {
                state = ROOT;
                continue;
            }
            while (state != ROOT && next(state, key) < 0) {
                state = fail[state];
            }
            int n = next(state, key);
            state = n < 0 ? ROOT : n;
            for (int s = outputs[state] != null ? state : outputLink[state]; s > 0; s = outputLink[s]) {
                int first = i - depth[s] + 1;
                for (int t : outputs[s]) {
                    if (!terms.get(t).caseSensitive() || sameCase(termWords.get(t), split, first, words)) {
                        Word a = split.get(first);
                        Word b = split.get(i);
                        hits.add(new GlossaryHit(terms.get(t), a.start(), b.end(),
                                sentence.substring(a.start(), b.end())));
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt(GlossaryHit::start)
                .thenComparing(Comparator.comparingInt(GlossaryHit::end).reversed()));
        return hits;
    }

    /** A case-sensitive term matches only where the stem of each word has the term's case. */
    private static boolean sameCase(String[] termWords, List<Word> sentence, int first, WordNormalizer words) {
        for (int k = 0; k < termWords.length; k++) {
            String termWord = termWords[k];
            String word = sentence.get(first + k).text();
            int n = Math.min(word.length(), words.stemLength(termWord));
            if (!word.regionMatches(false, 0, termWord, 0, n)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "GlossaryIndex[" + sourceLang + ", " + terms.size() + " terms, " + fail.length + " states]";
    }
}
