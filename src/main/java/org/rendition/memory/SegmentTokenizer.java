package org.rendition.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a segment into the tokens fuzzy matching counts. Word characters are exactly the
 * ones the FTS5 index treats as token characters (Unicode letters, numbers, marks, private
 * use), so an indexed word and a looked-up word are the same string.
 */
public final class SegmentTokenizer {
    private SegmentTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i = next;
            } else if (isIdeograph(cp)) {
                tokens.add(word(text, i, next));
                i = next;
            } else if (isWordChar(cp)) {
                int end = next;
                while (end < length) {
                    int c = text.codePointAt(end);
                    if (!isWordChar(c) || isIdeograph(c)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                tokens.add(word(text, i, end));
                i = end;
            } else {
                String s = text.substring(i, next);
                tokens.add(new Token(s, s, i, next, false));
                i = next;
            }
        }
        return tokens;
    }

    /** The folded words of {@code text} joined by spaces: what the FTS index stores. */
    /** The folded words of {@code text}, in order, as the word index stores them. */
    public static List<String> indexWords(String text) {
        return tokenize(text).stream().filter(Token::word).map(Token::folded).toList();
    }

    public static String indexText(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (token.word()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(token.folded());
            }
        }
        return out.toString();
    }

    private static Token word(String text, int start, int end) {
        String surface = text.substring(start, end);
        String folded = Normalizer.normalize(surface, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return new Token(surface, folded, start, end, true);
    }

    static boolean isWordChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.PRIVATE_USE:
                return true;
            default:
                return false;
        }
    }

    /** Scripts written without spaces: each character is scored as a word, as CAT tools do. */
    static boolean isIdeograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
