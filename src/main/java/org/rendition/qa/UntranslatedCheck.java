package org.rendition.qa;

import java.util.List;
import java.util.regex.Pattern;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;

/**
 * A segment with no target, or whose target is its source. A source of fewer than two words
 * (a name, a number, a code) is often right to stay as it is, so only longer ones are reported.
 */
final class UntranslatedCheck implements SegmentCheck {
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{2,}.*\\s.*\\p{L}{2,}");

    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits) {
        if (segment.target().isBlank()) {
            return segment.source().isBlank() ? List.of() : List.of("The segment has no translation.");
        }
        if (segment.target().strip().equals(segment.source().strip()) && TWO_WORDS.matcher(segment.source()).find()) {
            return List.of("The target is the source, untranslated.");
        }
        return List.of();
    }
}
