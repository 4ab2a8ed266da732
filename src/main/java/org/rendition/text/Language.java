package org.rendition.text;

import org.rendition.arch.ValueType;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The languages Rendition knows, with the codes each model family names them by.
 *
 * <p>{@link #iso3()} is the ISO 639-3 code OPUS-MT uses, the macrolanguage where there is one
 * ({@code ara}, {@code zho}, {@code fas}); {@link #nllbCode()} is the FLORES-200 code NLLB-200
 * expects as its language token.
 */
@ValueType
public enum Language {
    ENGLISH("en", "eng", "eng_Latn", "English", false),
    RUSSIAN("ru", "rus", "rus_Cyrl", "Russian", false),
    UKRAINIAN("uk", "ukr", "ukr_Cyrl", "Ukrainian", false),
    BELARUSIAN("be", "bel", "bel_Cyrl", "Belarusian", false),
    ARABIC("ar", "ara", "arb_Arab", "Arabic", true, "arb"),
    PERSIAN("fa", "fas", "pes_Arab", "Persian", true, "pes", "per", "farsi", "fa-ir"),
    DARI("prs", "prs", "prs_Arab", "Dari", true, "fa-af", "dari persian"),
    URDU("ur", "urd", "urd_Arab", "Urdu", true),
    PASHTO("ps", "pus", "pbt_Arab", "Pashto", true, "pbt", "pashtu"),
    KURDISH_SORANI("ckb", "ckb", "ckb_Arab", "Kurdish (Sorani)", true, "sorani", "ku-arab", "central kurdish"),
    KURDISH_KURMANJI("kmr", "kmr", "kmr_Latn", "Kurdish (Kurmanji)", false, "ku", "kur", "ku-latn", "kurmanji",
            "northern kurdish"),
    HEBREW("he", "heb", "heb_Hebr", "Hebrew", true, "iw"),
    CHINESE("zh", "zho", "zho_Hans", "Chinese", false,
            "cmn", "chi", "zh-cn", "zh-hans", "zh-sg", "zh-hans-cn", "simplified chinese", "mandarin"),
    TURKISH("tr", "tur", "tur_Latn", "Turkish", false),
    FRENCH("fr", "fra", "fra_Latn", "French", false, "fre"),
    GERMAN("de", "deu", "deu_Latn", "German", false, "ger"),
    SPANISH("es", "spa", "spa_Latn", "Spanish", false),
    PORTUGUESE("pt", "por", "por_Latn", "Portuguese", false),
    ITALIAN("it", "ita", "ita_Latn", "Italian", false),
    POLISH("pl", "pol", "pol_Latn", "Polish", false),
    KOREAN("ko", "kor", "kor_Hang", "Korean", false),
    JAPANESE("ja", "jpn", "jpn_Jpan", "Japanese", false),
    HINDI("hi", "hin", "hin_Deva", "Hindi", false),
    KAZAKH("kk", "kaz", "kaz_Cyrl", "Kazakh", false),
    AZERBAIJANI("az", "aze", "azj_Latn", "Azerbaijani", false, "azj", "azeri"),
    GEORGIAN("ka", "kat", "kat_Geor", "Georgian", false, "geo"),
    ARMENIAN("hy", "hye", "hye_Armn", "Armenian", false, "arm"),
    SERBIAN("sr", "srp", "srp_Cyrl", "Serbian", false),
    VIETNAMESE("vi", "vie", "vie_Latn", "Vietnamese", false),
    INDONESIAN("id", "ind", "ind_Latn", "Indonesian", false, "in"),
    DUTCH("nl", "nld", "nld_Latn", "Dutch", false, "dut", "flemish");

    private static final Map<String, Language> BY_ALIAS = aliasTable();

    private final String iso1;
    private final String iso3;
    private final String nllbCode;
    private final String displayName;
    private final boolean rightToLeft;
    private final String[] alternates;

    Language(String iso1, String iso3, String nllbCode, String displayName, boolean rightToLeft,
             String... alternates) {
        this.iso1 = iso1;
        this.iso3 = iso3;
        this.nllbCode = nllbCode;
        this.displayName = displayName;
        this.rightToLeft = rightToLeft;
        this.alternates = alternates;
    }

    /**
     * The shortest BCP 47 code, such as {@code ru}: the two-letter ISO 639-1 code where the
     * language has its own ({@code ps}), else the ISO 639-3 one ({@code prs} for Dari, {@code ckb}
     * for Sorani, {@code kmr} for Kurmanji, since {@code fa} and {@code ku} name the macrolanguage).
     */
    public String iso1() {
        return iso1;
    }

    /** The ISO 639-3 code as OPUS-MT uses it, such as {@code rus} or {@code ara}. */
    public String iso3() {
        return iso3;
    }

    /** The NLLB-200 (FLORES-200) language code, such as {@code rus_Cyrl}. */
    public String nllbCode() {
        return nllbCode;
    }

    /** The English name shown to people, such as {@code Russian}. */
    public String displayName() {
        return displayName;
    }

    /** Whether the language is written right to left (Arabic, Persian, Dari, Urdu, Pashto, Sorani, Hebrew). */
    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /**
     * Finds a language by any of the names people and models use for it, ignoring case: the
     * ISO 639-1 or 639-3 code, a common alternate ({@code arb}, {@code pes}, {@code cmn},
     * {@code zh-CN}, {@code zh_Hans}), the NLLB code or the English name. A region after a
     * two- or three-letter code ({@code pt-BR}, {@code ckb-IQ}) is accepted, except for Chinese, where only the
     * Simplified forms are, since traditional Chinese is not a language Rendition offers.
     */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalise(text);
        Language exact = BY_ALIAS.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        int dash = key.indexOf('-');
        if (dash == 2 || dash == 3 && isRegion(key.substring(dash + 1))) {
            Language base = BY_ALIAS.get(key.substring(0, dash));
            if (base != null && base != CHINESE) {
                return Optional.of(base);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #parse(String)} but for input that must name a language.
     *
     * @throws UnknownLanguageException naming the input and the forms that are accepted
     */
    public static Language require(String text) {
        return parse(text).orElseThrow(() -> new UnknownLanguageException(text));
    }

    /** A region subtag: two letters or three digits ({@code af}, {@code 419}), not a script ({@code latn}). */
    private static boolean isRegion(String subtag) {
        return subtag.matches("[a-z]{2}|[0-9]{3}");
    }

    /** Lower case, with {@code _} read as {@code -}, so {@code zh_Hans} and {@code zh-hans} meet. */
    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Language> aliasTable() {
        Map<String, Language> table = new HashMap<>();
        for (Language language : values()) {
            Stream.concat(
                    Stream.of(language.iso1, language.iso3, language.nllbCode, language.displayName),
                    Stream.of(language.alternates))
                .map(Language::normalise)
                .forEach(alias -> {
                    Language previous = table.put(alias, language);
                    // A shared alias would make parse() depend on declaration order; fail loudly.
                    if (previous != null && previous != language) {
                        throw new IllegalStateException(
                            "Alias '" + alias + "' names both " + previous + " and " + language);
                    }
                });
        }
        return Collections.unmodifiableMap(table);
    }

    /** The codes listed in error messages, most often needed first. */
    static String exampleCodes() {
        return Stream.of(RUSSIAN, ARABIC, CHINESE, PERSIAN, UKRAINIAN)
            .map(Language::iso1)
            .collect(Collectors.joining(", "));
    }
}
