package org.rendition.engine.shortlist;

import java.util.List;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.model.OutputWords;

/**
 * A lexical shortlist, as Marian/Bergamot and CTranslate2's vocabulary mapping use: for each source
 * token the target tokens most often seen with it in aligned sentence pairs, plus the most frequent
 * target tokens. Decoding a batch then chooses among the union for the batch's source tokens only,
 * so the output projection, log-softmax and top-k cover a few thousand words instead of the whole
 * vocabulary (decision 0026). An optional setting: outputs may differ from the full vocabulary's.
 */
public final class Shortlist {
    private final int vocabulary;
    /** By source id: its candidate target ids, or null when the table has none for it. */
    private final int[][] candidates;
    private final int[] frequent;
    private final String origin;

    /**
     * @param vocabulary the model's vocabulary size; every id lies below it
     * @param candidates by source id (length {@code vocabulary}), its candidates or null
     * @param frequent target ids always kept
     * @param origin what the table was built from, in words (shown by {@code models verify})
     */
    public Shortlist(int vocabulary, int[][] candidates, int[] frequent, String origin) {
        if (candidates.length != vocabulary) {
            throw new IllegalArgumentException("One candidate list slot per vocabulary id is needed.");
        }
        this.vocabulary = vocabulary;
        this.candidates = candidates;
        this.frequent = frequent.clone();
        this.origin = origin;
    }

    public int vocabulary() {
        return vocabulary;
    }

    /** What the table was built from, in words. */
    public String origin() {
        return origin;
    }

    /** Source ids that have candidates. */
    public int sourceWords() {
        int count = 0;
        for (int[] list : candidates) {
            count += list == null ? 0 : 1;
        }
        return count;
    }

    int[] candidates(int sourceId) {
        return sourceId >= 0 && sourceId < vocabulary ? candidates[sourceId] : null;
    }

    int[] frequent() {
        return frequent.clone();
    }

    /**
     * The words a batch may choose from: the frequent ones, each source token's candidates, the
     * source tokens themselves (names and numbers are often copied; the vocabularies are shared),
     * and every token the settings need: end-of-sentence, padding, the decoder start and any forced
     * first or last token.
     */
    public OutputWords wordsFor(List<int[]> sources, GenerationSettings settings) {
        boolean[] chosen = new boolean[vocabulary];
        for (int id : frequent) {
            chosen[id] = true;
        }
        for (int[] source : sources) {
            for (int token : source) {
                int[] list = candidates(token);
                if (list != null) {
                    for (int id : list) {
                        chosen[id] = true;
                    }
                }
                mark(chosen, token);
            }
        }
        mark(chosen, settings.eosId());
        mark(chosen, settings.padId());
        mark(chosen, settings.decoderStartId());
        settings.forcedBosId().ifPresent(id -> mark(chosen, id));
        settings.forcedEosId().ifPresent(id -> mark(chosen, id));
        int count = 0;
        for (boolean c : chosen) {
            count += c ? 1 : 0;
        }
        int[] ids = new int[count];
        int at = 0;
        for (int id = 0; id < vocabulary; id++) {
            if (chosen[id]) {
                ids[at++] = id;
            }
        }
        return OutputWords.subset(vocabulary, ids);
    }

    private void mark(boolean[] chosen, int id) {
        if (id >= 0 && id < vocabulary) {
            chosen[id] = true;
        }
    }
}
