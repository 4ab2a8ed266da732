package org.rendition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmentedTextTest {
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    @Test
    void russianParagraphsSplitIntoSentencesAndKeepTheirBreaks() {
        SegmentedText text = SegmentedText.of(SampleTexts.RUSSIAN, Language.RUSSIAN, segmenter);
        assertEquals(List.of(
                "Правительство Москвы объявило о запуске новой программы ремонта школ.",
                "По словам мэра, работы начнутся весной и завершатся к сентябрю.",
                "В программу войдут более двухсот зданий, т. е. почти каждая пятая школа города.",
                "Родителей просят следить за объявлениями на сайте района."),
            text.sentences());
        assertEquals("<1> <2>\n\n<3> <4>\n", text.reassemble(numbered(4)));
    }

    @Test
    void arabicParagraphsSplitIntoSentencesAndKeepTheirBreaks() {
        SegmentedText text = SegmentedText.of(SampleTexts.ARABIC, Language.ARABIC, segmenter);
        assertEquals(List.of(
                "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في شمال المدينة.",
                "وقال الوزير إن المستشفى سيستقبل المرضى ابتداءً من الشهر المقبل.",
                "هل سيكون العلاج مجانياً؟",
                "أكد المتحدث باسم الوزارة أن الخدمات الأساسية ستقدم دون مقابل."),
            text.sentences());
        assertEquals("<1> <2>\n\n<3> <4>\n", text.reassemble(numbered(4)));
    }

    @Test
    void chineseParagraphsSplitIntoSentencesAndKeepTheirBreaks() {
        SegmentedText text = SegmentedText.of(SampleTexts.CHINESE, Language.CHINESE, segmenter);
        assertEquals(List.of(
                "北京市政府今天宣布了一项新的公共交通计划。",
                "根据该计划，明年将新增十条公交线路！",
                "市民对此有什么看法？",
                "许多居民表示支持这一决定。",
                "专家认为，这将有效缓解城市交通拥堵。"),
            text.sentences());
        assertEquals("<1><2><3>\n\n<4><5>\n", text.reassemble(numbered(5)));
    }

    @Test
    void singleLineBreaksAreKeptInsideAParagraph() {
        String poem = "Мороз и солнце; день чудесный!\r\nЕщё ты дремлешь, друг прелестный.\r\n";
        SegmentedText text = SegmentedText.of(poem, Language.RUSSIAN, segmenter);
        assertEquals(List.of("Мороз и солнце; день чудесный!", "Ещё ты дремлешь, друг прелестный."),
            text.sentences());
        assertEquals("A\r\nB\r\n", text.reassemble(List.of("A", "B")));
    }

    @Test
    void spacesAroundSentencesStayAsLayout() {
        String indented = "\t  The council met.   It voted.  \n   \n\u00A0Residents cheered. ";
        SegmentedText text = SegmentedText.of(indented, Language.ENGLISH, segmenter);
        assertEquals(List.of("The council met.", "It voted.", "Residents cheered."), text.sentences());
        assertEquals("\t  A   B  \n   \n\u00A0C ", text.reassemble(List.of("A", "B", "C")));
    }

    @Test
    void blankTextHasNoSentences() {
        SegmentedText text = SegmentedText.of(" \r\n\r\n\t", Language.ENGLISH, segmenter);
        assertEquals(List.of(), text.sentences());
        assertEquals(" \r\n\r\n\t", text.reassemble(List.of()));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void reassemblingUntranslatedSentencesGivesBackTheOriginalText(String original, Language language) {
        SegmentedText text = SegmentedText.of(original, language, segmenter);
        assertEquals(original, text.reassemble(text.sentences()));
    }

    @Test
    void translationCountMustMatchTheSentences() {
        SegmentedText text = SegmentedText.of(SampleTexts.ENGLISH, Language.ENGLISH, segmenter);
        IllegalArgumentException refused =
            assertThrows(IllegalArgumentException.class, () -> text.reassemble(List.of("one")));
        assertEquals("Expected 4 translated sentences, got 1", refused.getMessage());
    }

    static Stream<Arguments> documents() {
        return Stream.of(
            Arguments.of(SampleTexts.RUSSIAN, Language.RUSSIAN),
            Arguments.of(SampleTexts.ARABIC, Language.ARABIC),
            Arguments.of(SampleTexts.CHINESE, Language.CHINESE),
            Arguments.of(SampleTexts.PERSIAN, Language.PERSIAN),
            Arguments.of(SampleTexts.UKRAINIAN.replace("\n", "\r\n"), Language.UKRAINIAN),
            Arguments.of(SampleTexts.ENGLISH.strip(), Language.ENGLISH),
            Arguments.of("\n\n\n" + SampleTexts.ENGLISH + "\n\n\n\n", Language.ENGLISH),
            Arguments.of("Old Mac line.\rAnother line.\r\rNew paragraph.\r", Language.ENGLISH),
            Arguments.of("第一行。\u3000第二句！\n\n  缩进的段落？  \n", Language.CHINESE),
            Arguments.of("Lone line without a stop", Language.ENGLISH),
            Arguments.of("", Language.ENGLISH),
            Arguments.of("\r\n", Language.ENGLISH),
            Arguments.of("Tabs\tinside.\t\tAnd after.\t\r\n\t\r\nEnd.", Language.ENGLISH));
    }

    private static List<String> numbered(int count) {
        return IntStream.rangeClosed(1, count)
            .mapToObj(i -> String.format(Locale.ROOT, "<%d>", i))
            .toList();
    }
}
