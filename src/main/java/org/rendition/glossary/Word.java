package org.rendition.glossary;

import java.util.ArrayList;
import java.util.List;

/** A word of a sentence or term, with its place in the text. Hyphens and apostrophes split words. */
record Word(String text, int start, int end) {
    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            words.add(new Word(text.substring(i, end), i, end));
            i = end;
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }
}
