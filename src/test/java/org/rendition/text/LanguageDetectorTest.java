package org.rendition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    /** Built once: Lingua's models are large and loading them is the slow part. */
    private static LanguageDetector detector;

    @BeforeAll
    static void buildDetector() {
        detector = new LanguageDetector();
    }

    @Test
    void russianParagraphsAreDetectedAsRussian() {
        assertDetected(Language.RUSSIAN, SampleTexts.RUSSIAN);
    }

    @Test
    void ukrainianIsNotMistakenForRussian() {
        assertDetected(Language.UKRAINIAN, SampleTexts.UKRAINIAN);
        assertDetected(Language.UKRAINIAN, "Він прийшов додому пізно ввечері й одразу ліг спати.");
        assertDetected(Language.RUSSIAN, "Он пришёл домой поздно вечером и сразу лёг спать.");
    }

    @Test
    void arabicParagraphsAreDetectedAsArabic() {
        assertDetected(Language.ARABIC, SampleTexts.ARABIC);
    }

    @Test
    void persianIsNotMistakenForArabic() {
        assertDetected(Language.PERSIAN, SampleTexts.PERSIAN);
        assertDetected(Language.PERSIAN, "من امروز صبح با دوستانم به کتابخانه رفتم.");
        assertDetected(Language.ARABIC, "ذهبت هذا الصباح مع أصدقائي إلى المكتبة.");
    }

    @Test
    void chineseParagraphsAreDetectedAsChinese() {
        assertDetected(Language.CHINESE, SampleTexts.CHINESE);
    }

    @Test
    void englishParagraphsAreDetectedAsEnglish() {
        assertDetected(Language.ENGLISH, SampleTexts.ENGLISH);
    }

    @Test
    void shortEverydaySentencesAreDetected() {
        // Lines from the Tatoeba test sets in ../shared/testsets.
        assertDetected(Language.RUSSIAN, "Две тысячи тринадцатый - год, который я никогда не забуду.");
        assertDetected(Language.ARABIC, "واحد اسمه هنري كال يريد يشوفك.");
        assertDetected(Language.CHINESE, "汤姆和他的朋友们在公园喝醉了");
    }

    @Test
    void clearCallsHaveHighConfidence() {
        Detection russian = detector.detect(SampleTexts.RUSSIAN).orElseThrow();
        assertTrue(russian.confidence() >= 0.25, () -> "confidence " + russian.confidence());
        assertTrue(russian.confidence() <= 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "12:30 - 45 %, 2024-01-01!", "+7 (495) 123-45-67", "…"})
    void textWithoutLettersHasNoLanguage(String text) {
        assertEquals(Optional.empty(), detector.detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "Hello", "Berlin", "Google Maps", "Привет"})
    void wordsSharedByManyLanguagesHaveNoLanguage(String text) {
        assertEquals(Optional.empty(), detector.detect(text));
    }

    @Test
    void longTextIsDetectedFromItsBeginning() {
        String book = SampleTexts.UKRAINIAN.repeat(500);
        assertDetected(Language.UKRAINIAN, book);
    }

    @Test
    void everyLanguageButPashtoCanBeDetected() {
        EnumSet<Language> expected = EnumSet.allOf(Language.class);
        expected.remove(Language.PASHTO);
        assertEquals(expected, LanguageDetector.supportedLanguages());
        assertEquals(expected, detector.languages());
    }

    @Test
    void detectorChoosesOnlyAmongItsCandidates() {
        LanguageDetector cyrillicOnly =
            new LanguageDetector(EnumSet.of(Language.RUSSIAN, Language.UKRAINIAN, Language.PASHTO));
        assertEquals(EnumSet.of(Language.RUSSIAN, Language.UKRAINIAN), cyrillicOnly.languages());
        assertEquals(Optional.empty(), cyrillicOnly.detect(SampleTexts.ENGLISH));
        assertEquals(Language.RUSSIAN, cyrillicOnly.detect(SampleTexts.RUSSIAN).orElseThrow().language());
    }

    @Test
    void detectorNeedsTwoLanguagesToChooseFrom() {
        assertThrows(IllegalArgumentException.class,
            () -> new LanguageDetector(EnumSet.of(Language.RUSSIAN, Language.PASHTO)));
    }

    @Test
    void oneDetectorServesSeveralThreadsAlike() throws Exception {
        Map<String, Language> samples = Map.of(
            SampleTexts.RUSSIAN, Language.RUSSIAN, SampleTexts.UKRAINIAN, Language.UKRAINIAN,
            SampleTexts.ARABIC, Language.ARABIC, SampleTexts.PERSIAN, Language.PERSIAN,
            SampleTexts.CHINESE, Language.CHINESE, SampleTexts.ENGLISH, Language.ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                samples.forEach((text, language) -> results.add(pool.submit(
                    () -> detector.detect(text).map(Detection::language).equals(Optional.of(language)))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertDetected(Language expected, String text) {
        Optional<Detection> detection = detector.detect(text);
        assertFalse(detection.isEmpty(), () -> "nothing detected for: " + text);
        assertEquals(expected, detection.get().language(), () -> text + " -> " + detection.get());
    }
}
