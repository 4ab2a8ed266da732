package org.rendition.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Find's query as a pattern: literal text unless the analyst ticks "regular expression", and
 * case-insensitive unless she ticks "match case" ("ministry" finds "Ministry").
 */
final class TextSearch {
    private TextSearch() {
    }

    /** The pattern for {@code query}; empty when the query is empty or not a valid expression. */
    static Optional<Pattern> pattern(String query, boolean matchCase, boolean regularExpression) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return Optional.of(Pattern.compile(regularExpression ? query : Pattern.quote(query), flags));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    static boolean contains(String text, Pattern pattern) {
        return pattern.matcher(text).find();
    }

    /** Replaces every hit; with a regular expression, $1 in the replacement is the first group. */
    static String replaceAll(String text, Pattern pattern, String replacement, boolean regularExpression) {
        return pattern.matcher(text).replaceAll(regularExpression ? replacement : Matcher.quoteReplacement(replacement));
    }
}
