package org.rendition.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the letters of a text prove about its language, before any statistics: letters one
 * language alone uses among those Rendition lists, and the script most of the letters are in.
 *
 * <p>Lingua has no model for Pashto or Kurdish, so without this a Pashto text is read as Persian
 * and a Sorani one as Arabic or Persian; yet each writes letters the others never do (ښ, ډ, ې for
 * Pashto; ڕ, ڵ, ۆ, ێ, ە for Sorani). Likewise no Kazakh text lacks all of ә, ғ, қ, ң, ө, ұ, ү
 * and һ, which is how a Ukrainian sentence, sharing і with Kazakh, is kept from being called
 * Kazakh.
 */
final class LetterEvidence {
    private static final String PASHTO_LETTERS = "ټځڅډړږښګڼېۍ";
    private static final String SORANI_LETTERS = "ڕڵۆێە";
    private static final String KAZAKH_LETTERS = "әғқңөұүһӘҒҚҢӨҰҮҺ";
    /** Turkish letters Kurmanji never writes; Kurmanji writes ê, î, û, which Turkish does not. */
    private static final String TURKISH_LETTERS = "ıİğĞöÖüÜ";
    private static final String KURMANJI_LETTERS = "êîûÊÎÛ";
    /** Kurmanji words no other Latin-script language Rendition lists uses so often: and, from, also, him, her, was. */
    private static final Set<String> KURMANJI_WORDS = Set.of("û", "ji", "jî", "wî", "wê", "bû", "dê", "ku", "li", "di",
        "ev", "ew", "hat", "kir", "ye");
    private static final Set<String> KURMANJI_ONLY_WORDS = Set.of("û", "jî", "wî", "wê", "bû", "dê");
    /** Share of words that must be Kurmanji function words; a French "sûr" alone is not enough. */
    private static final double KURMANJI_WORD_SHARE = 0.12;

    private LetterEvidence() {
    }

    /**
     * The language the letters of {@code text} prove, among {@code candidates}: Pashto or Sorani
     * for Arabic script showing their own letters, Kurmanji for Latin text with its letters and
     * enough of its commonest words. Empty when the letters prove nothing.
     */
    static Optional<Language> provenLanguage(String text, Set<Language> candidates) {
        int pashto = count(text, PASHTO_LETTERS);
        int sorani = count(text, SORANI_LETTERS);
        if (pashto > 0 || sorani > 0) {
            Language language = pashto >= sorani ? Language.PASHTO : Language.KURDISH_SORANI;
            return candidates.contains(language) ? Optional.of(language) : Optional.empty();
        }
        if (candidates.contains(Language.KURDISH_KURMANJI) && looksKurmanji(text)) {
            return Optional.of(Language.KURDISH_KURMANJI);
        }
        return Optional.empty();
    }

    /**
     * Letters a Cyrillic language never writes: Russian has no і, ї, є, ґ or ў; Ukrainian no ы, э,
     * ъ, ё or ў; Belarusian no и, щ, ъ, ї, є or ґ; Serbian none of the Russian soft and iotated
     * vowels.
     */
    private static final Map<Language, String> NEVER_WRITTEN = Map.of(
        Language.RUSSIAN, "іїєґўІЇЄҐЎ",
        Language.UKRAINIAN, "ыэъёўЫЭЪЁЎ",
        Language.BELARUSIAN, "ищъїєґИЩЪЇЄҐ",
        Language.SERBIAN, "йыэёяющъьіЙЫЭЁЯЮЩЪЬІ");
    /**
     * Share of letters at or above which a letter a language never writes rules it out, or below
     * which a language's own letters are missing: one in a short sentence, a few in a page, so a
     * Ukrainian place name quoted in a Russian report does not rule Russian out.
     */
    private static final double DECISIVE_SHARE = 0.005;

    /** Whether the letters of {@code text} rule {@code language} out although statistics may favour it. */
    static boolean rulesOut(Language language, String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        double decisive = Math.max(1, letters * DECISIVE_SHARE);
        if (language == Language.KAZAKH) {
            return count(text, KAZAKH_LETTERS) < decisive;
        }
        String never = NEVER_WRITTEN.get(language);
        return never != null && count(text, never) >= decisive;
    }

    /**
     * The script most letters of {@code text} are written in, or empty when it has no letters.
     * Common and inherited marks (digits, punctuation, combining accents) do not count.
     */
    static Optional<UnicodeScript> dominantScript(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(c -> {
            UnicodeScript script = UnicodeScript.of(c);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static boolean looksKurmanji(String text) {
        if (count(text, TURKISH_LETTERS) > 0) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int marked = 0;
        int all = 0;
        boolean own = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            all++;
            if (KURMANJI_WORDS.contains(word)) {
                marked++;
                own |= KURMANJI_ONLY_WORDS.contains(word);
            }
        }
        return own && all > 0 && marked >= KURMANJI_WORD_SHARE * all
            && (count(text, KURMANJI_LETTERS) > 0 || text.indexOf('ş') >= 0 || text.indexOf('ç') >= 0);
    }

    private static int count(String text, String letters) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                found++;
            }
        }
        return found;
    }
}
