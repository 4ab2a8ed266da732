package org.rendition.glossary;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Reduces a word to the key a glossary matches on, so that inflected forms meet their
 * dictionary form: «Министерства» and «Министерство» both become «министерств».
 *
 * <p>Russian and Ukrainian use a light stripper of nominal case endings; Arabic Lucene's normaliser (hamza, alef, taa marbuta,
 * diacritics) and light stemmer (the article ال and common prefixes/suffixes); English strips
 * plural -s. Other languages are matched by lower-cased form. See
 * docs/decisions/0005-glossary-matching.md. Not thread-safe: one per thread.
 */
final class WordNormalizer {
    private final Language language;
    private final ArabicNormalizer arabicNormalizer = new ArabicNormalizer();
    private final ArabicStemmer arabicStemmer = new ArabicStemmer();
    private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();

    private enum Language { RUSSIAN, UKRAINIAN, ARABIC, ENGLISH, OTHER }

    /**
     * Russian noun and adjective case endings, longest first. Snowball's Russian stemmer was
     * tried first, but it also strips verb endings, so «капитан» (nominative) lost its «н» while
     * «капитану» kept it and the two never met; glossary terms are nouns and noun phrases, so
     * only nominal endings are removed.
     */
    private static final String[] RUSSIAN_ENDINGS = {
        "иями", "ями", "ами", "ией", "ого", "его", "ому", "ему", "ыми", "ими",
        "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ых", "их", "ым", "им",
        "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ью", "ия", "ие", "ии", "ию",
        "а", "я", "у", "ю", "ы", "и", "е", "о", "ь", "й"
    };

    /** Ukrainian noun and adjective endings, longest first so the longest one is removed. */
    private static final String[] UKRAINIAN_ENDINGS = {
        "ськими", "ського", "ському", "ськiй", "ська", "ські", "ський", "ськім", "ську",
        "ами", "ями", "ого", "ому", "ими", "іми", "ій", "ої", "ою", "ею", "єю", "ах", "ях", "ів", "їв",
        "ом", "ем", "ам", "ям", "им", "ім", "их", "іх", "ий", "ій", "ої", "ий",
        "а", "я", "у", "ю", "і", "ї", "е", "є", "о", "и", "ь"
    };

    WordNormalizer(String languageCode) {
        String primary = languageCode.toLowerCase(Locale.ROOT).split("[-_]")[0];
        this.language = switch (primary) {
            case "ru" -> Language.RUSSIAN;
            case "uk" -> Language.UKRAINIAN;
            case "ar" -> Language.ARABIC;
            case "en" -> Language.ENGLISH;
            default -> Language.OTHER;
        };
    }

    /** The matching key of {@code word}. */
    String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (language) {
            case RUSSIAN -> stripEnding(lower.replace('ё', 'е'), RUSSIAN_ENDINGS);
            case UKRAINIAN -> stripEnding(lower.replace('\u2019', '\'').replace("'", ""), UKRAINIAN_ENDINGS);
            case ARABIC -> arabic(lower);
            case ENGLISH -> {
                char[] chars = lower.toCharArray();
                yield new String(chars, 0, english.stem(chars, chars.length));
            }
            case OTHER -> lower;
        };
    }

    /**
     * How many leading characters of {@code word} its key stands for: the part a
     * case-sensitive term compares letter for letter.
     */
    int stemLength(String word) {
        return Math.min(word.length(), key(word).length());
    }

    private static String stripEnding(String lower, String[] endings) {
        for (String ending : endings) {
            // Keep at least three letters of stem: short words are mostly uninflected particles.
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return lower;
    }

    private String arabic(String lower) {
        char[] chars = lower.toCharArray();
        int length = arabicNormalizer.normalize(chars, chars.length);
        length = arabicStemmer.stem(chars, length);
        return new String(chars, 0, length);
    }
}
