package org.rendition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

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
}
