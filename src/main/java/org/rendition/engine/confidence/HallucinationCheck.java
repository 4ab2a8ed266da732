package org.rendition.engine.confidence;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cheap signs of hallucination, the kinds the literature finds most often in neural output
 * (Raunak et al., 2021; Guerreiro et al., 2023): looping, a length far from the source's, and
 * source words the decoder never looked at.
 */
final class HallucinationCheck {
    /**
     * Length is judged in pieces, which track meaning across scripts better than characters
     * (Chinese is short in characters, long in pieces); ordinary translation stays well within
     * 2.5 times either way, looping or a dropped clause does not. Very short sources are left
     * alone: "Да." → "Yes, it is." is no hallucination.
     */
    static final double LENGTH_RATIO = 2.5;
    static final int MIN_SOURCE_PIECES = 5;
    /** A source word given less than a tenth of the mean word's attention was hardly read. */
    static final double UNREAD_ATTENTION = 0.1;
    /** A third of the source unread (and at least two words) is more than a dropped article. */
    static final double UNREAD_SHARE = 1.0 / 3;
    static final int LONGEST_LOOP = 4;

    private HallucinationCheck() {
    }

    static Set<HallucinationSign> signs(List<String> targetWords, int sourcePieces, int targetPieces,
            List<SourceWord> sourceWords) {
        Set<HallucinationSign> signs = EnumSet.noneOf(HallucinationSign.class);
        if (loops(targetWords)) {
            signs.add(HallucinationSign.REPEATED_PHRASE);
        }
        if (sourcePieces >= MIN_SOURCE_PIECES) {
            double ratio = (double) targetPieces / sourcePieces;
            if (ratio > LENGTH_RATIO) {
                signs.add(HallucinationSign.FAR_LONGER);
            } else if (ratio < 1 / LENGTH_RATIO) {
                signs.add(HallucinationSign.FAR_SHORTER);
            }
        }
        long unread = sourceWords.stream().filter(w -> w.attention() < UNREAD_ATTENTION).count();
        if (unread >= 2 && unread >= UNREAD_SHARE * sourceWords.size()) {
            signs.add(HallucinationSign.SOURCE_UNREAD);
        }
        return signs;
    }

    /**
     * Whether a phrase of one to four words comes three times in a row ("the the the", "of the
     * war of the war of the war"), or a phrase of four words comes twice anywhere.
     */
    static boolean loops(List<String> words) {
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int n = 1; n <= LONGEST_LOOP; n++) {
            for (int at = 0; at + 3 * n <= lower.size(); at++) {
                List<String> phrase = lower.subList(at, at + n);
                if (phrase.equals(lower.subList(at + n, at + 2 * n)) && phrase.equals(lower.subList(at + 2 * n,
                        at + 3 * n))) {
                    return true;
                }
            }
        }
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int at = 0; at + LONGEST_LOOP <= lower.size(); at++) {
            if (seen.merge(lower.subList(at, at + LONGEST_LOOP), 1, Integer::sum) > 1) {
                return true;
            }
        }
        return false;
    }
}
