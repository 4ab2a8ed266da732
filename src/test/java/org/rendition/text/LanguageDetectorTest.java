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
import org.junit.jupiter.params.provider.CsvSource;
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
    void everyLanguageButDariCanBeDetected() {
        EnumSet<Language> expected = EnumSet.allOf(Language.class);
        expected.remove(Language.DARI);
        assertEquals(expected, LanguageDetector.supportedLanguages());
        assertEquals(expected, detector.languages());
    }

    /** Sentences written for this test; the first three are the languages Lingua has no model for. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PASHTO | پرون ماښام په ښار کې سخت باران وورېد او ډېرې لارې بندې شوې.",
        "PASHTO | ښوونځی سبا پرانیستل کېږي.",
        "KURDISH_SORANI | دوێنێ ئێوارە بارانێکی زۆر لە شار باری و زۆربەی ڕێگاکان داخران.",
        "KURDISH_KURMANJI | Duh êvarê li bajêr baraneke giran barî û gelek rê jî hatin girtin.",
        "PERSIAN | دیروز عصر باران شدیدی در شهر بارید و بسیاری از راه‌ها بسته شد.",
        "URDU | کل شام شہر میں تیز بارش ہوئی اور کئی سڑکیں بند ہو گئیں۔",
        "TURKISH | Dün akşam şehirde şiddetli yağmur yağdı ve birçok yol kapandı.",
        "FRENCH | Hier soir, une pluie très forte est tombée sur la ville; je suis sûr que les routes sont fermées."})
    void languagesAnAnalystMeetsAreToldFromTheirNeighbours(Language expected, String sentence) {
        assertDetected(expected, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Уряд ухвалив новий бюджет на наступний рік.",
        "Сьогодні в Харкові йде дощ.",
        "Вона працює вчителькою у сільській школі.",
        "Міст через річку відремонтують до осені.",
        "Їх повідомили про зміни в розкладі поїздів.",
        "Депутати обговорили питання енергетичної безпеки.",
        "Він сказав, що нічого не знає про ці події.",
        "Ціни на хліб зросли на п'ять відсотків."})
    void ukrainianIsNeverReportedAsKazakh(String sentence) {
        assertEquals(Optional.of(Language.UKRAINIAN), detector.detect(sentence).map(Detection::language), sentence);
    }

    @Test
    void kazakhWithItsOwnLettersIsStillKazakh() {
        assertDetected(Language.KAZAKH, "Үкімет келесі жылға арналған жаңа бюджетті қабылдады.");
    }

    @Test
    void shortSegmentsTakeTheLanguageOfTheirNeighbours() {
        List<Optional<Language>> found = languages(detector.detectEach(List.of(
            "Итоги",
            "Правительство утвердило новый бюджет на следующий год.",
            "Таблица 3",
            "Расходы на образование выросли почти на десять процентов.",
            "Summary",
            "The government approved a new budget for next year.",
            "Table 4",
            "Spending on schools rose by almost ten percent.")));
        assertEquals(List.of(Optional.of(Language.RUSSIAN), Optional.of(Language.RUSSIAN),
            Optional.of(Language.RUSSIAN), Optional.of(Language.RUSSIAN), Optional.of(Language.ENGLISH),
            Optional.of(Language.ENGLISH), Optional.of(Language.ENGLISH), Optional.of(Language.ENGLISH)), found);
    }

    @Test
    void eachSentenceOfAMixedTextKeepsItsOwnLanguage() {
        List<Optional<Language>> found = languages(detector.detectEach(List.of(
            "أعلنت الوزارة أن الاجتماع سيعقد صباح الغد في العاصمة.",
            "Министр заявил, что встреча пройдёт в столице.",
            "وأكد المتحدث أن جميع الوفود قد وصلت بالفعل.",
            "Подробности",
            "Делегации прибудут заранее.")));
        assertEquals(List.of(Optional.of(Language.ARABIC), Optional.of(Language.RUSSIAN), Optional.of(Language.ARABIC),
            Optional.of(Language.RUSSIAN), Optional.of(Language.RUSSIAN)), found);
    }

    @Test
    void segmentsWithoutLettersStayWithoutLanguage() {
        assertEquals(List.of(Optional.of(Language.RUSSIAN), Optional.empty()),
            languages(detector.detectEach(List.of("Правительство утвердило новый бюджет на следующий год.", "2024"))));
    }

    private static List<Optional<Language>> languages(List<Optional<Detection>> detections) {
        return detections.stream().map(d -> d.map(Detection::language)).toList();
    }

    @Test
    void detectorChoosesOnlyAmongItsCandidates() {
        LanguageDetector cyrillicOnly =
            new LanguageDetector(EnumSet.of(Language.RUSSIAN, Language.UKRAINIAN, Language.DARI));
        assertEquals(EnumSet.of(Language.RUSSIAN, Language.UKRAINIAN), cyrillicOnly.languages());
        assertEquals(Optional.empty(), cyrillicOnly.detect(SampleTexts.ENGLISH));
        assertEquals(Language.RUSSIAN, cyrillicOnly.detect(SampleTexts.RUSSIAN).orElseThrow().language());
    }

    @Test
    void detectorNeedsTwoLanguagesToChooseFrom() {
        assertThrows(IllegalArgumentException.class,
            () -> new LanguageDetector(EnumSet.of(Language.RUSSIAN, Language.DARI)));
    }

    @Test
    void detectorOfLanguagesToldByLettersNeedsNoModel() {
        LanguageDetector kurdishOrPashto = new LanguageDetector(EnumSet.of(Language.PASHTO, Language.KURDISH_SORANI));
        assertEquals(Optional.of(Language.PASHTO),
            kurdishOrPashto.detect("ښوونځی سبا پرانیستل کېږي.").map(Detection::language));
        assertEquals(Optional.empty(), kurdishOrPashto.detect(SampleTexts.ARABIC));
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
