package org.rendition.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;
import org.rendition.glossary.GlossaryTerm;

/**
 * Each glossary term found in the source must have its translation in the target, and none of its
 * forbidden (deprecated or superseded) translations. The target is compared without case, and a
 * word of the term counts as present when the target has a word starting with all but its last two
 * letters, so "sanctions" matches the term "sanction" and Russian endings do not hide a term.
 */
final class GlossaryCheck implements SegmentCheck {
    /** Letters an inflection may change at a word's end ("sanction" → "sanctions", "закон" → "закона"). */
    private static final int ENDING = 2;
    private static final int SHORTEST_STEM = 3;

    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits) {
        if (segment.target().isBlank()) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        String target = segment.target().toLowerCase(Locale.ROOT);
        for (GlossaryHit hit : hits) {
            GlossaryTerm term = hit.term();
            if (!present(target, term.target())) {
                messages.add("Glossary term '" + hit.matchedText() + "' should be translated '" + term.target()
                        + "', which is not in the target.");
            }
            for (String forbidden : term.forbidden()) {
                if (exactlyPresent(target, forbidden)) {
                    messages.add("Forbidden term '" + forbidden + "' is used; the glossary says '" + term.target()
                            + "' for '" + hit.matchedText() + "'.");
                }
            }
        }
        return messages;
    }

    private static boolean present(String target, String term) {
        StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\d])");
        String[] words = term.toLowerCase(Locale.ROOT).strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            int stem = Math.max(Math.min(word.length(), SHORTEST_STEM), word.length() - ENDING);
            pattern.append(i == 0 ? "" : "\\s+").append(Pattern.quote(word.substring(0, stem))).append("[\\p{L}]*");
        }
        return Pattern.compile(pattern.toString()).matcher(target).find();
    }

    private static boolean exactlyPresent(String target, String term) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(term.toLowerCase(Locale.ROOT).strip())
                + "(?![\\p{L}\\d])").matcher(target).find();
    }
}
