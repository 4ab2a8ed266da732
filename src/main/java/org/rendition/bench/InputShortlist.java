package org.rendition.bench;

import java.util.List;
import java.util.Random;
import org.rendition.engine.shortlist.Shortlist;

/**
 * A shortlist of Marian's usual size for the benchmark's random checkpoint, which has no parallel
 * text to build one from: each token id of the benchmark's inputs gets {@code perWord} target ids
 * drawn with a fixed seed, and the {@code frequent} lowest ids stand for the most frequent words
 * (OPUS-MT vocabularies are roughly in frequency order). Random weights make any table as good as
 * another for speed; only its size matters, and that is what Marian's shortlists have.
 */
final class InputShortlist {
    static final int PER_WORD = 50;
    static final int FREQUENT = 1_000;
    private static final long SEED = 20_261_127L;

    private InputShortlist() {
    }

    static Shortlist of(List<List<int[]>> inputSets, int vocabulary) {
        int[][] candidates = new int[vocabulary][];
        for (List<int[]> inputs : inputSets) {
            for (int[] ids : inputs) {
                for (int id : ids) {
                    if (candidates[id] == null) {
                        Random random = new Random(SEED + id);
                        int[] drawn = new int[PER_WORD];
                        for (int i = 0; i < PER_WORD; i++) {
                            drawn[i] = random.nextInt(vocabulary - 1);
                        }
                        candidates[id] = drawn;
                    }
                }
            }
        }
        int[] frequent = new int[Math.min(FREQUENT, vocabulary)];
        for (int i = 0; i < frequent.length; i++) {
            frequent[i] = i;
        }
        return new Shortlist(vocabulary, candidates, frequent, String.format("the benchmark's input token ids, "
                + "%d drawn candidates each, plus the %,d lowest ids as the frequent words", PER_WORD, FREQUENT));
    }
}
