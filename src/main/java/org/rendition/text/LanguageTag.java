package org.rendition.text;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BCP 47 language tags as other CAT tools write them ({@code en-US}, {@code EN-GB},
 * {@code zh-Hant}, {@code sr-Latn}) and how two of them are compared.
 *
 * <p>A memory or glossary stores the tag as the file gave it, so an export writes back what was
 * imported; it is matched on its {@link #matchKey match key}, the language and its script.
 * The script comes from ICU's likely subtags, so {@code zh-TW} and {@code zh-Hant} meet while
 * {@code zh-CN} and {@code zh-TW} do not, and {@code sr} (Cyrillic) stays apart from
 * {@code sr-Latn}. The region only ranks matches: {@link #sameRegion} prefers {@code en-US}
 * entries when {@code en-US} is asked for, yet {@code en-GB} and plain {@code en} still match.
 */
public final class LanguageTag {
    /** Files use a handful of tags; an import of millions of units asks for the same few keys. */
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private LanguageTag() {
    }

    /**
     * The key two tags are matched on: language and script, lower case ({@code zh-hant},
     * {@code en-latn}). A tag ICU cannot place (a private-use {@code x-…} tag) is its own key.
     */
    public static String matchKey(String tag) {
        String cached = KEYS.get(tag);
        if (cached != null) {
            return cached;
        }
        String key = computeMatchKey(tag);
        if (KEYS.size() < CACHE_LIMIT) {
            KEYS.put(tag, key);
        }
        return key;
    }

    private static String computeMatchKey(String tag) {
        ULocale locale = parse(tag);
        if (locale.getLanguage().isEmpty()) {
            return tag.strip().toLowerCase(Locale.ROOT);
        }
        ULocale likely = ULocale.addLikelySubtags(locale);
        String script = likely.getScript();
        return (locale.getLanguage() + (script.isEmpty() ? "" : "-" + script)).toLowerCase(Locale.ROOT);
    }

    /** The tag in BCP 47's canonical case ({@code EN-gb} → {@code en-GB}, {@code iw} → {@code he}). */
    public static String canonical(String tag) {
        return parse(tag).toLanguageTag();
    }

    /** The region of a tag in upper case ({@code US}), or an empty string when it names none. */
    public static String region(String tag) {
        return parse(tag).getCountry().toUpperCase(Locale.ROOT);
    }

    /** Whether two tags name the same region, or both name none. */
    public static boolean sameRegion(String a, String b) {
        return region(a).equals(region(b));
    }

    /**
     * Whether ICU knows the language of {@code tag}; {@code xx} and {@code yy}, which glossary
     * spreadsheets use as placeholders, are not languages and would never match anything.
     */
    public static boolean isKnownLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        ULocale locale = parse(tag);
        String language = locale.getLanguage();
        return !language.isEmpty() && !language.equals("und")
                && !locale.getDisplayLanguage(ULocale.ENGLISH).equalsIgnoreCase(language);
    }

    private static ULocale parse(String tag) {
        return ULocale.forLanguageTag(tag.strip().replace('_', '-'));
    }
}
