package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.documents.SegmentStatus;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.text.Language;

/** A text whose language is detected is read sentence by sentence: a quoted sentence in another language is not translated as if it were the main one. */
class MixedLanguageTranslationTest {
    @TempDir
    static Path temp;
    static TextTranslation translation;

    @BeforeAll
    static void openTinyNllb() throws Exception {
        translation = new TextTranslation(SharedData.tinyNllbModels(temp));
    }

    @AfterAll
    static void tearDown() {
        translation.close();
    }

    @Test
    void russianSentenceInAnArabicTextIsTranslatedFromRussianAndSaidSo() {
        TranslatedText result = detectAndTranslate(
            "أعلنت وزارة الخارجية أن الوفد سيصل إلى موسكو يوم الثلاثاء المقبل لإجراء محادثات. "
                + "Делегация прибудет во вторник, переговоры продлятся два дня. "
                + "وأضاف المتحدث أن الجانبين سيوقعان عدة اتفاقيات في ختام الزيارة.");
        assertEquals(Language.ARABIC, result.source());
        assertEquals(3, result.sentences());
        assertEquals(List.of("Sentence 2 in Russian: translated from Russian."), result.notes());
        assertTrue(result.segments().get(1).segment().status().isMachineOutput());
    }

    @Test
    void sentenceAlreadyInTheTargetLanguageIsLeftAsWritten() {
        String english = "The embassy declined to comment on the report.";
        TranslatedText result = detectAndTranslate(
            "Министерство обороны сообщило о начале учений на юге страны. " + english
                + " Учения продлятся до конца недели.");
        assertEquals(Language.RUSSIAN, result.source());
        assertEquals(SegmentStatus.UNTRANSLATED, result.segments().get(1).segment().status());
        assertTrue(result.text().contains(english), result.text());
        assertEquals(List.of("Sentence 2 already in English: left as written."), result.notes());
    }

    @Test
    void givenSourceLanguageIsTrustedForEverySentence() {
        TranslatedText result = translation.translate("report.txt",
            "Министерство обороны сообщило о начале учений. The embassy declined to comment.",
            Optional.of(Language.RUSSIAN), Language.ENGLISH, Optional.empty(), DecodingOptions.modelDefaults(),
            CancelSignal.NEVER);
        assertEquals(List.of(), result.notes());
        assertTrue(result.segments().stream().allMatch(s -> s.segment().status().isMachineOutput()));
    }

    private static TranslatedText detectAndTranslate(String text) {
        return translation.translate("report.txt", text, Optional.empty(), Language.ENGLISH, Optional.empty(),
            DecodingOptions.modelDefaults(), CancelSignal.NEVER);
    }
}
