package org.rendition.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;

/**
 * Names that a translation keeps as they are: acronyms ("NATO", "COVID-19") and, in a source not
 * written in Latin script, every Latin-script word ("Boeing", "iPhone"), which the model tends to
 * respell or drop. Cyrillic or Arabic names are transliterated in many ways, so they are left to
 * the glossary's do-not-translate terms.
 */
final class NameCheck implements SegmentCheck {
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{2,}(?:-?\\d+)?(?![\\p{L}\\d])");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{IsLatin}[\\p{IsLatin}\\d'’-]*"
            + "(?![\\p{L}\\d])");
    private static final Pattern ANY_LETTER = Pattern.compile("\\p{L}");

    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits) {
        if (segment.target().isBlank()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String name : names(segment.source())) {
            if (!containsWord(segment.target(), name) && !missing.contains(name)) {
                missing.add(name);
            }
        }
        return missing.isEmpty() ? List.of()
                : List.of("Name " + Multisets.quoted(missing) + " of the source is not in the target.");
    }

    private static List<String> names(String source) {
        List<String> names = new ArrayList<>();
        Pattern pattern = mostlyLatin(source) ? ACRONYM : LATIN_WORD;
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    private static boolean mostlyLatin(String text) {
        Matcher letters = ANY_LETTER.matcher(text);
        int all = 0;
        int latin = 0;
        while (letters.find()) {
            all++;
            if (Character.UnicodeScript.of(letters.group().codePointAt(0)) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return latin * 2 > all;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(text).find();
    }
}
