package org.rendition.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.documents.InlineTag;
import org.rendition.documents.TargetTags;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;

/**
 * Tags must all reach the target, and no new ones may appear: tags written in the text (markup
 * such as {@code <b>}, {@code </a>}, {@code <x id="1"/>}, and placeholders such as {@code {0}} or
 * {@code %s}, from XLIFF, memories or software strings), and the formatting read from Word or HTML
 * files, carried beside the text as spans (decision 11). Where those spans were placed in the
 * target by the model's alignment, a paired tag that covers no word of the target is missing and
 * one the source does not have is extra; spans placed by position cover a share of the target
 * each, so they cannot go missing.
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

    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits, SegmentFormatting formatting) {
        List<String> messages = new ArrayList<>(messages(segment, hits));
        if (segment.target().isBlank() || formatting.target().isEmpty()) {
            return messages;
        }
        List<InlineTag> source = formatting.source();
        List<InlineTag> target = formatting.target().get();
        List<Optional<InlineTag>> matched = TargetTags.perSourceTag(source, target);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            InlineTag tag = source.get(i);
            if (tag.kind() == InlineTag.Kind.LINE_BREAK || tag.kind() == InlineTag.Kind.TAB) {
                continue;
            }
            boolean placed = matched.get(i).filter(t -> !tag.kind().paired() || coversAWord(segment.target(), t))
                    .isPresent();
            if (!placed) {
                missing.add(describe(tag, segment.source()));
            }
        }
        if (!missing.isEmpty()) {
            messages.add("Formatting " + String.join(", ", missing) + " of the source covers nothing in the target.");
        }
        List<String> extra = TargetTags.extra(source, target).stream()
                .map(tag -> describe(tag, segment.target())).toList();
        if (!extra.isEmpty()) {
            messages.add("Formatting " + String.join(", ", extra) + " in the target is not in the source.");
        }
        return messages;
    }

    private static boolean coversAWord(String text, InlineTag tag) {
        int end = Math.min(tag.end(), text.length());
        return tag.start() < end && text.substring(tag.start(), end).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** "bold over 'начале учений'", "footnote reference 1". */
    private static String describe(InlineTag tag, String text) {
        String kind = tag.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (!tag.kind().paired()) {
            return kind + (tag.detail().isEmpty() ? "" : " " + tag.detail());
        }
        int end = Math.min(tag.end(), text.length());
        return kind + " over '" + (tag.start() < end ? text.substring(tag.start(), end) : "") + "'";
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
