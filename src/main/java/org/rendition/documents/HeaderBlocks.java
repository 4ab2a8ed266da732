package org.rendition.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends header blocks that break the line rules. A message's or a part's headers end at an empty
 * line; where a sender left it out, Jakarta Mail reads the text as more headers and it is lost.
 * Like Python's {@code email} and mail clients, the first line that is neither a header
 * ({@code Name: value}), a continuation nor a {@code From } envelope line starts the body. Such
 * a line with more headers after it is instead a folded header that lost its indentation, and is
 * read as a continuation. Text is ISO-8859-1, one char per byte.
 */
final class HeaderBlocks {
    /** RFC 5322's obsolete syntax allows blanks before the colon ({@code To    : Mary}). */
    private static final Pattern HEADER_LINE = Pattern.compile("(From |[\\x21-\\x39\\x3b-\\x7e]+[ \\t]*:|[ \\t]).*",
        Pattern.DOTALL);
    private static final Pattern BOUNDARY = Pattern.compile(
        "(?i)[;\\s]boundary\\s*=\\s*(?:\"([^\"\\r\\n]*)\"|([^;\\s\"]+))");
    private static final Pattern LINE = Pattern.compile("[^\\r\\n]*(?:\\r\\n|\\r|\\n)?");

    private HeaderBlocks() {
    }

    /** {@code message} with each header block mended; {@code message} itself when none needed it. */
    static String ended(String message, Set<String> repairs) {
        Set<String> delimiters = new HashSet<>();
        Matcher boundary = BOUNDARY.matcher(message);
        while (boundary.find()) {
            delimiters.add("--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2)));
        }
        List<String> lines = new ArrayList<>();
        Matcher line = LINE.matcher(message);
        while (line.find() && line.end() > line.start()) {
            lines.add(line.group());
        }
        StringBuilder out = new StringBuilder(message.length() + 16);
        boolean inHeaders = true;
        boolean ended = false;
        boolean unfolded = false;
        for (int i = 0; i < lines.size(); i++) {
            String whole = lines.get(i);
            String text = content(whole);
            boolean delimiter = delimiters.contains(text.stripTrailing());
            if (inHeaders && !text.isEmpty() && !delimiter && !HEADER_LINE.matcher(text).matches()) {
                if (moreHeadersFollow(lines, i + 1, delimiters)) {
                    out.append(' ');
                    unfolded = true;
                } else {
                    out.append(whole.substring(text.length()).isEmpty() ? "\r\n" : whole.substring(text.length()));
                    inHeaders = false;
                    ended = true;
                }
            } else if (inHeaders && text.isEmpty()) {
                inHeaders = false;
            }
            if (delimiter) {
                inHeaders = true;
            }
            out.append(whole);
        }
        if (ended) {
            repairs.add("Repaired: a header block had no empty line after it; the text that followed was read as "
                + "the body.");
        }
        if (unfolded) {
            repairs.add("Repaired: a header line that lost its indentation was read as part of the header above it.");
        }
        return ended || unfolded ? out.toString() : message;
    }

    /** Whether a header line comes before the block's end (an empty line, a boundary, the end). */
    private static boolean moreHeadersFollow(List<String> lines, int from, Set<String> delimiters) {
        for (int i = from; i < lines.size(); i++) {
            String text = content(lines.get(i));
            if (text.isEmpty() || delimiters.contains(text.stripTrailing())) {
                return false;
            }
            if (HEADER_LINE.matcher(text).matches() && !Character.isWhitespace(text.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String content(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
