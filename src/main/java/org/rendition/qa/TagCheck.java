package org.rendition.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;

/**
 * Tags written in the text (markup such as {@code <b>}, {@code </a>}, {@code <x id="1"/>}, and
 * placeholders such as {@code {0}} or {@code %s}) must all reach the target, and no new ones may
 * appear. Formatting read from Word or HTML files is carried beside the text as spans and placed
 * back by position (decision 11), so it cannot go missing from a target; what can is markup that
 * came in as text, from XLIFF, memories or software strings.
 */
final class TagCheck implements SegmentCheck {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w:.-]*(?:\\s[^<>]*)?/?>|\\{\\d+}|%(?:\\d+\\$)?[sd]");

    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits) {
        if (segment.target().isBlank()) {
            return List.of();
        }
        List<String> source = tags(segment.source());
        List<String> target = tags(segment.target());
        List<String> messages = new ArrayList<>();
        List<String> missing = Multisets.difference(source, target);
        if (!missing.isEmpty()) {
            messages.add("Tag " + Multisets.quoted(missing) + " of the source is missing from the target.");
        }
        List<String> extra = Multisets.difference(target, source);
        if (!extra.isEmpty()) {
            messages.add("Tag " + Multisets.quoted(extra) + " in the target is not in the source.");
        }
        return messages;
    }

    private static List<String> tags(String text) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        return tags;
    }
}
