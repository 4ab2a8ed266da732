package org.rendition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    @Test
    void textThatRunsOnWithoutAFullStopIsCutIntoPartsAtCommasOrSpaces() {
        String clause = "министерство обороны сообщило о начале учений на юге страны, ";
        String runOn = clause.repeat(200) + "без точки";
        List<String> parts = segmenter.split(runOn, Language.RUSSIAN);
        assertEquals(runOn, String.join("", parts));
        assertTrue(parts.size() > 1 && parts.stream().allMatch(p -> p.length() <= SentenceSegmenter.MAX_SENTENCE_CHARS),
            parts.stream().map(String::length).toList().toString());
        assertTrue(parts.subList(0, parts.size() - 1).stream().allMatch(p -> p.endsWith(", ")), parts.get(0));
        String unspaced = "会议".repeat(3_000);
        List<String> pieces = segmenter.split(unspaced, Language.CHINESE);
        assertEquals(unspaced, String.join("", pieces));
        assertEquals(List.of(2_000, 2_000, 2_000), pieces.stream().map(String::length).toList());
    }

    @Test
    void chineseFullWidthStopsEndSentences() {
        assertEquals(List.of("今天天气很好。", "我们去公园吧！", "你来吗？", "好的"),
            segmenter.split("今天天气很好。我们去公园吧！你来吗？好的", Language.CHINESE));
    }

    @Test
    void arabicQuestionMarkEndsASentence() {
        assertEquals(List.of("هل أنت بخير؟ ", "نعم، أنا بخير."),
            segmenter.split("هل أنت بخير؟ نعم، أنا بخير.", Language.ARABIC));
    }

    @Test
    void urduFullStopEndsASentence() {
        assertEquals(List.of("میں گھر جا رہا ہوں۔ ", "کل ملیں گے۔"),
            segmenter.split("میں گھر جا رہا ہوں۔ کل ملیں گے۔", Language.URDU));
    }

    @Test
    void russianThatIsAbbreviationDoesNotEndASentence() {
        assertEquals(List.of("Работы затронут двести зданий, т. е. каждую пятую школу. ",
                "Начало весной."),
            segmenter.split("Работы затронут двести зданий, т. е. каждую пятую школу. Начало весной.",
                Language.RUSSIAN));
    }

    @Test
    void englishTitleBeforeANameDoesNotEndASentence() {
        assertEquals(List.of("Mr. Smith went to Washington. ", "He arrived on Monday."),
            segmenter.split("Mr. Smith went to Washington. He arrived on Monday.", Language.ENGLISH));
    }

    @Test
    void piecesJoinBackIntoTheText() {
        String line = "  Он пришёл.   Она ушла!  А потом?  ";
        assertEquals(line, String.join("", segmenter.split(line, Language.RUSSIAN)));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), segmenter.split("", Language.ENGLISH));
    }

    @Test
    void englishTitlesAndCountryInitialsDoNotEndASentence() {
        assertSentences(Language.ENGLISH, "Dr. Patel and Mrs. Okafor flew to the U.S. capital last week. ",
            "They met Prof. Lee there.");
        assertSentences(Language.ENGLISH, "The U.S. Senate voted on Tuesday. ", "The bill failed.");
        assertSentences(Language.ENGLISH, "Dr. Novak arrived late.");
    }

    @Test
    void initialsAndSaintsStayInsideTheName() {
        assertSentences(Language.ENGLISH, "John F. Kennedy was born in St. Helens? ", "No, in Brookline.");
        assertSentences(Language.RUSSIAN, "Поэму написал А. С. Пушкин. ", "Её знают все.");
    }

    @Test
    void spanishUnitedStatesIsOneName() {
        assertSentences(Language.SPANISH, "Los EE. UU. y Canadá firmaron el acuerdo. ", "Entra en vigor mañana.");
        assertSentences(Language.SPANISH, "El ministro viajó a EE. UU. ", "Luego volvió.");
    }

    @Test
    void germanDayBeforeAMonthIsAnOrdinal() {
        assertSentences(Language.GERMAN, "Die Sitzung beginnt am 3. März in Bonn. ",
            "Im 20. Jahrhundert war das anders. ", "Er war damals 17. ", "Dann zog er weg.");
    }

    @Test
    void belarusianTownAbbreviationDoesNotEndASentenceButAYearMay() {
        assertSentences(Language.BELARUSIAN, "Нарада прайшла ў г. Гомель у 2019 г. ", "Потым яе перанеслі.");
        assertSentences(Language.RUSSIAN, "Он родился в г. Тула. ", "Потом переехал.");
    }

    @Test
    void anAbbreviationEndingAWordDoesNotJoinSentences() {
        assertSentences(Language.RUSSIAN, "Колонна прошла мост. ", "Потерь нет.");
        assertSentences(Language.ENGLISH, "He joined NATO. ", "Then he left.");
        assertSentences(Language.ENGLISH, "They met at the XDr. ", "Brown left.");
    }

    /** The sentences, joined, are cut back into exactly these sentences. */
    private void assertSentences(Language language, String... sentences) {
        assertEquals(List.of(sentences), segmenter.split(String.join("", sentences), language));
    }

    @Test
    void everyLanguageListIsReadAndWrittenAsAbbreviations() {
        for (Language language : Language.values()) {
            for (String abbreviation : SentenceSegmenter.abbreviations(language)) {
                assertTrue(abbreviation.endsWith(".") && !abbreviation.contains(" "),
                    language + ": '" + abbreviation + "'");
            }
        }
        assertTrue(SentenceSegmenter.abbreviations(Language.ENGLISH).contains("Dr."));
        assertTrue(SentenceSegmenter.abbreviations(Language.SPANISH).contains("EE."));
    }
}
