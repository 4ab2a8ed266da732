package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongSentenceSplitterTest {
    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    @Test
    void sentenceThatFitsIsLeftWhole() {
        assertEquals(List.of("Короткое предложение."), new LongSentenceSplitter(LongSentenceSplitterTest::words, 5)
                .split("Короткое предложение."));
    }

    @Test
    void longSentenceIsSplitAtClausesAndNothingIsLost() {
        String sentence = "Министерство сообщило, что учения пройдут на полигоне, в них примут участие тысячи "
                + "военнослужащих, а также сотни единиц техники; итоги подведут в пятницу.";
        List<String> pieces = new LongSentenceSplitter(LongSentenceSplitterTest::words, 6).split(sentence);
        assertTrue(pieces.size() > 1);
        pieces.forEach(piece -> assertTrue(words(piece) <= 6, piece));
        assertEquals(sentence.replaceAll("\\s+", ""), String.join("", pieces).replaceAll("\\s+", ""));
        assertTrue(pieces.get(0).endsWith(","), "split after clause punctuation: " + pieces.get(0));
    }

    @Test
    void unspacedChineseWithoutPunctuationIsSplitByLength() {
        String sentence = "我们现在有四个月大没有糖尿病的老鼠但它们曾经得过该病这项研究仍处在早期阶段";
        List<String> pieces = new LongSentenceSplitter(String::length, 10).split(sentence);
        pieces.forEach(piece -> assertTrue(piece.length() <= 10, piece));
        assertEquals(sentence, String.join("", pieces));
    }
}
