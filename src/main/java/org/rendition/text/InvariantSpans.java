package org.rendition.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a sentence that translation must not change: URLs, e-mail addresses,
 * dates, times of day and numbers. Earlier patterns win where spans overlap (a date is not also three numbers).
 */
public final class InvariantSpans {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2}))(?!\\d)");
    /**
     * A time of day ({@code 14:30}, {@code 9:05:30}) is one span: as two numbers, the colon between
     * them was translated alone and joined back with a space ("14: 30").
     */
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d\\p{L}])\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d+)?(?!\\d)|(?<![\\d\\p{L}])\\d+(?:[.,]\\d+)?(?!\\d)");

    private InvariantSpans() {
    }

    public static List<FixedRendering> find(String sentence) {
        List<FixedRendering> spans = new ArrayList<>();
        add(spans, sentence, URL, FixedRendering.Kind.URL);
        add(spans, sentence, EMAIL, FixedRendering.Kind.EMAIL);
        add(spans, sentence, DATE, FixedRendering.Kind.DATE);
        add(spans, sentence, TIME, FixedRendering.Kind.TIME);
        add(spans, sentence, NUMBER, FixedRendering.Kind.NUMBER);
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    private static void add(List<FixedRendering> spans, String sentence, Pattern pattern, FixedRendering.Kind kind) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            boolean overlaps = spans.stream().anyMatch(s -> start < s.end() && s.start() < end);
            if (!overlaps) {
                spans.add(new FixedRendering(start, end, matcher.group(), kind));
            }
        }
    }
}
