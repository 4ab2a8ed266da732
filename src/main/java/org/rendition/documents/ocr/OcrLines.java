package org.rendition.documents.ocr;

import java.lang.Character.UnicodeScript;

/**
 * Joins the lines Tesseract found in a paragraph into running text: the breaks are where the page
 * wrapped, not the writer's. Chinese and Japanese run on without a space; a word hyphenated at a
 * line's end is put back together (the hyphen goes before a small letter, stays before a capital).
 */
final class OcrLines {
    private OcrLines() {
    }

    static String join(String paragraph) {
        StringBuilder text = new StringBuilder();
        for (String raw : paragraph.split("\n")) {
            String line = removeSpacesBetweenIdeographs(raw.strip());
            if (line.isEmpty()) {
                continue;
            }
            int end = text.length();
            if (end == 0) {
                text.append(line);
            } else if (endsWithHyphenatedWord(text) && Character.isLowerCase(line.codePointAt(0))) {
                text.setLength(end - 1);
                text.append(line);
            } else if (endsWithHyphenatedWord(text)) {
                // Before a capital the hyphen is part of the word (Ростов-на-Дону, Jean-Paul): kept.
                text.append(line);
            } else if (isIdeograph(text.codePointBefore(end)) && isIdeograph(line.codePointAt(0))) {
                text.append(line);
            } else {
                text.append(' ').append(line);
            }
        }
        return text.toString();
    }

    /** Tesseract sometimes spaces Han characters apart; Chinese has no spaces between words. */
    static String removeSpacesBetweenIdeographs(String line) {
        StringBuilder result = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            if (codePoint == ' ' && result.length() > 0 && isIdeographOrFullWidthPunctuation(result.codePointBefore(result.length()))) {
                int next = i;
                while (next < line.length() && line.charAt(next) == ' ') {
                    next++;
                }
                if (next < line.length() && isIdeographOrFullWidthPunctuation(line.codePointAt(next))) {
                    i = next;
                    continue;
                }
            }
            result.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return result.toString();
    }

    private static boolean endsWithHyphenatedWord(StringBuilder text) {
        int end = text.length();
        return end >= 2 && text.charAt(end - 1) == '-' && Character.isLetter(text.codePointBefore(end - 1));
    }

    private static boolean isIdeograph(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    private static boolean isIdeographOrFullWidthPunctuation(int codePoint) {
        return isIdeograph(codePoint) || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
