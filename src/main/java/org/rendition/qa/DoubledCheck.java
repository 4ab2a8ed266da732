package org.rendition.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;

/**
 * Typing slips in the target: a word twice in a row ("the the"), two spaces, a punctuation mark
 * twice (",," or "..", but not the ellipsis "..."). A doubling the source has too ("Bora Bora")
 * is left alone.
 */
final class DoubledCheck implements SegmentCheck {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}+)\\s+\\1(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\S( {2,})\\S");
    private static final Pattern PUNCTUATION = Pattern.compile("([,;:!?])\\1|(?<!\\.)\\.\\.(?!\\.)");

    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits) {
        String target = segment.target();
        List<String> messages = new ArrayList<>();
        Matcher word = WORD.matcher(target);
        while (word.find()) {
            if (!Pattern.compile(Pattern.quote(word.group()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(segment.source()).find()) {
                messages.add("Doubled word '" + word.group(1) + "'.");
            }
        }
        if (SPACES.matcher(target).find() && !SPACES.matcher(segment.source()).find()) {
            messages.add("Doubled space.");
        }
        Matcher punctuation = PUNCTUATION.matcher(target);
        if (punctuation.find()) {
            messages.add("Doubled punctuation '" + punctuation.group() + "'.");
        }
        return messages;
    }
}
