package org.rendition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {
    @Test
    void codesAreTheOnesTheModelsExpect() {
        assertEquals("ru", Language.RUSSIAN.iso1());
        assertEquals("rus", Language.RUSSIAN.iso3());
        assertEquals("rus_Cyrl", Language.RUSSIAN.nllbCode());
        assertEquals("Russian", Language.RUSSIAN.displayName());
        assertEquals("ara", Language.ARABIC.iso3());
        assertEquals("arb_Arab", Language.ARABIC.nllbCode());
        assertEquals("zho", Language.CHINESE.iso3());
        assertEquals("zho_Hans", Language.CHINESE.nllbCode());
        assertEquals("fas", Language.PERSIAN.iso3());
        assertEquals("pes_Arab", Language.PERSIAN.nllbCode());
        assertEquals("pbt_Arab", Language.PASHTO.nllbCode());
        assertEquals("azj_Latn", Language.AZERBAIJANI.nllbCode());
    }

    @Test
    void languagesAnAnalystMeetsHaveTheNllbCodesOfTheirScripts() {
        assertEquals("pbt_Arab", Language.require("Pashto").nllbCode());
        assertEquals("prs_Arab", Language.require("Dari").nllbCode());
        assertEquals("urd_Arab", Language.require("Urdu").nllbCode());
        assertEquals("ckb_Arab", Language.require("ckb").nllbCode());
        assertEquals("kmr_Latn", Language.require("kmr").nllbCode());
    }

    @Test
    void everyCodeBelongsToOneLanguageOnly() {
        assertEquals(Language.values().length, distinct(Language::iso1));
        assertEquals(Language.values().length, distinct(Language::iso3));
        assertEquals(Language.values().length, distinct(Language::nllbCode));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageIsFoundByItsCodesAndNameInAnyCase(Language language) {
        for (String form : new String[] {language.iso1(), language.iso3(), language.nllbCode(),
                language.displayName()}) {
            assertEquals(Optional.of(language), Language.parse(form), form);
            assertEquals(Optional.of(language), Language.parse(form.toUpperCase(Locale.ROOT)), form);
            assertEquals(Optional.of(language), Language.parse(" " + form.toLowerCase(Locale.ROOT) + " "));
        }
    }

    @ParameterizedTest
    @CsvSource({"arb, ARABIC", "pes, PERSIAN", "Farsi, PERSIAN", "cmn, CHINESE", "zh-cn, CHINESE",
        "zh_Hans, CHINESE", "ZH-CN, CHINESE", "pbt, PASHTO", "pt-BR, PORTUGUESE", "en_US, ENGLISH",
        "ru-RU, RUSSIAN", "fa-AF, DARI", "prs_Arab, DARI", "fa-IR, PERSIAN", "ckb-IQ, KURDISH_SORANI",
        "Sorani, KURDISH_SORANI", "ku, KURDISH_KURMANJI", "ku-Latn, KURDISH_KURMANJI", "kmr_Latn, KURDISH_KURMANJI",
        "ur-PK, URDU", "ps-AF, PASHTO"})
    void commonAlternateCodesAreAccepted(String input, Language expected) {
        assertEquals(Optional.of(expected), Language.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "zh-Hant", "zh_hant", "xx", "", "  ", "Klingon", "rus_Latn"})
    void unknownOrUnofferedLanguagesAreNotParsed(String input) {
        assertEquals(Optional.empty(), Language.parse(input));
    }

    @Test
    void missingInputParsesToNothing() {
        assertEquals(Optional.empty(), Language.parse(null));
    }

    @Test
    void unknownLanguageCodeNamesTheInput() {
        UnknownLanguageException refused =
            assertThrows(UnknownLanguageException.class, () -> Language.require("xx"));
        assertEquals("Unknown language 'xx'. Use a code such as ru, ar, zh, fa, uk "
            + "or a name such as Russian.", refused.getMessage());
        assertEquals("xx", refused.input());
    }

    @Test
    void requireReturnsTheLanguageItNames() {
        assertEquals(Language.UKRAINIAN, Language.require("ukr_Cyrl"));
    }

    @Test
    void rightToLeftScriptsAreMarked() {
        Set<Language> rightToLeft = Arrays.stream(Language.values())
            .filter(Language::isRightToLeft)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
        assertEquals(EnumSet.of(Language.ARABIC, Language.PERSIAN, Language.DARI, Language.URDU, Language.PASHTO,
            Language.KURDISH_SORANI, Language.HEBREW), rightToLeft);
        assertFalse(Language.KURDISH_KURMANJI.isRightToLeft(), "Kurmanji is written in Latin letters");
        assertFalse(Language.RUSSIAN.isRightToLeft());
        assertTrue(Language.HEBREW.isRightToLeft());
    }

    private static long distinct(java.util.function.Function<Language, String> code) {
        return Arrays.stream(Language.values()).map(code).distinct().count();
    }
}
