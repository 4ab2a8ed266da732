package org.rendition.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a source sentence whose rendering in the translation is fixed in advance: an approved
 * glossary term, a do-not-translate name or codeword, or a number, date, URL or e-mail address
 * that must keep its value.
 *
 * @param start first character of the span in the source sentence
 * @param end one past its last character
 * @param target what must appear in the translation
 * @param kind why it is fixed
 */
public record FixedRendering(int start, int end, String target, Kind kind) {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Why a span's rendering is fixed. */
    public enum Kind { GLOSSARY_TERM, DO_NOT_TRANSLATE, NUMBER, DATE, TIME, URL, EMAIL }

    public FixedRendering {
        if (start < 0 || end <= start || target == null || target.isBlank()) {
            throw new IllegalArgumentException("A fixed rendering needs a non-empty span and target.");
        }
    }

    /**
     * Whether {@code translation} already renders this span as required: numbers and dates by
     * their digits (so "1 500" may become "1,500"), everything else as a case-insensitive whole word.
     */
    public boolean isPresentIn(String translation) {
        if (kind == Kind.NUMBER || kind == Kind.DATE) {
            return digitsOf(translation).contains(" " + digitsOf(target).strip() + " ");
        }
        String wanted = Pattern.quote(target.toLowerCase(Locale.ROOT));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + wanted + "(?![\\p{L}\\p{N}])")
                .matcher(translation.toLowerCase(Locale.ROOT)).find();
    }

    /** Digit runs joined, grouping separators removed, as " 1500 2024 ". */
    private static String digitsOf(String text) {
        String grouped = text.replaceAll("(?<=\\d)[\\s\u00A0\u202F,.'](?=\\d{3}(?!\\d))", "");
        StringBuilder runs = new StringBuilder(" ");
        Matcher matcher = DIGITS.matcher(grouped);
        while (matcher.find()) {
            runs.append(matcher.group()).append(' ');
        }
        return runs.toString();
    }
}
