package org.rendition.ui;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case-insensitive literal search and replace, as translators expect from Find: "ministry" finds
 * "Ministry", and the query is text, never a pattern.
 */
final class TextSearch {
    private TextSearch() {
    }

    static boolean contains(String text, String query) {
        return !query.isEmpty() && text.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }

    static String replaceAll(String text, String query, String replacement) {
        return pattern(query).matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static Pattern pattern(String query) {
        return Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
