package org.rendition.documents.ocr;

/**
 * The character error rate: the edit distance (insertions, deletions, substitutions) between what
 * OCR read and what was on the page, over the length of what was on the page. White space is
 * compared as one space, and not at all in Chinese, which has none between words.
 */
final class CharacterErrorRate {
    private CharacterErrorRate() {
    }

    static double of(String read, String truth, boolean ignoreSpaces) {
        String got = normalise(read, ignoreSpaces);
        String want = normalise(truth, ignoreSpaces);
        int[] wantPoints = want.codePoints().toArray();
        int[] gotPoints = got.codePoints().toArray();
        int[] previous = new int[wantPoints.length + 1];
        int[] current = new int[wantPoints.length + 1];
        for (int j = 0; j <= wantPoints.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= gotPoints.length; i++) {
            current[0] = i;
            for (int j = 1; j <= wantPoints.length; j++) {
                int substitution = previous[j - 1] + (gotPoints[i - 1] == wantPoints[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[wantPoints.length] / (double) Math.max(1, wantPoints.length);
    }

    private static String normalise(String text, boolean ignoreSpaces) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        return ignoreSpaces ? collapsed.replace(" ", "") : collapsed;
    }
}
