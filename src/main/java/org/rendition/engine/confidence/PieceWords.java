package org.rendition.engine.confidence;

import java.util.ArrayList;
import java.util.List;
import org.rendition.engine.tokenize.Piece;

/**
 * Sub-word pieces merged into words as Bergamot does: a piece carrying SentencePiece's space marker
 * starts a word, the pieces after it belong to it. Chinese and Japanese are written without
 * spaces, so there each piece of ideographs or kana is a word of its own (else a whole sentence
 * would be one "word").
 */
final class PieceWords {
    private PieceWords() {
    }

    /** A word: the range of its pieces and where its text lies in the sentence (-1 when not found). */
    record Group(String text, int firstPiece, int endPiece, int start, int end) {
    }

    static List<Group> group(List<Piece> pieces, String sentence) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            boolean starts = i == 0 || pieces.get(i).startsWord() || unspaced(pieces.get(i))
                    || unspaced(pieces.get(i - 1));
            // A lone space marker before a digit or sign ("▁" "12") starts the word it precedes.
            if (starts && !ranges.isEmpty() && isBareMarker(pieces.get(i - 1))) {
                ranges.get(ranges.size() - 1)[1] = i + 1;
                continue;
            }
            if (starts) {
                ranges.add(new int[] {i, i + 1});
            } else {
                ranges.get(ranges.size() - 1)[1] = i + 1;
            }
        }
        List<Group> words = new ArrayList<>();
        int cursor = 0;
        for (int[] range : ranges) {
            StringBuilder text = new StringBuilder();
            for (int i = range[0]; i < range[1]; i++) {
                text.append(pieces.get(i).surface());
            }
            String word = text.toString();
            int at = word.isEmpty() ? -1 : sentence.indexOf(word, cursor);
            if (at >= 0) {
                cursor = at + word.length();
            }
            words.add(new Group(word, range[0], range[1], at, at < 0 ? -1 : at + word.length()));
        }
        return words;
    }

    private static boolean isBareMarker(Piece piece) {
        return piece.startsWord() && piece.surface().isEmpty();
    }

    private static boolean unspaced(Piece piece) {
        String surface = piece.surface();
        return !surface.isEmpty() && surface.codePoints().allMatch(PieceWords::isUnspacedScript);
    }

    private static boolean isUnspacedScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
