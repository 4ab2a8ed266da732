package org.rendition.workflow.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

/** Triage names the languages an analyst meets, each sentence in its own, and counts sentences as ICU cuts them. */
class DocumentInspectionLanguagesTest {
    private static final DocumentInspection INSPECTION = new DocumentInspection();

    @TempDir
    Path temp;

    @Test
    void ukrainianReportIsUkrainianNotKazakh() throws Exception {
        assertEquals(List.of(Language.UKRAINIAN),
            inspect("Прикордонники затримали двох порушників біля села на півночі області.\n").languages());
    }

    @Test
    void pashtoReportIsPashtoNotPersian() throws Exception {
        assertEquals(List.of(Language.PASHTO), inspect("ولسمشر نن سهار له سفیرانو سره وکتل او د سولې په اړه یې خبرې وکړې.\n")
            .languages());
    }

    @Test
    void englishTitlesAndInitialsDoNotAddSentences() throws Exception {
        assertEquals(3, inspect("Gen. Harris and Dr. Wu reached the U.S. embassy at noon. Sgt. T. Moore met them "
            + "at the gate. The talks lasted two hours.\n").segments());
    }

    @Test
    void arabicReportQuotingRussianListsBothLanguages() throws Exception {
        InspectedDocument mixed = inspect("""
            أعلنت وزارة الخارجية أن الوفد سيصل إلى موسكو يوم الثلاثاء المقبل لإجراء محادثات.
            وقال المتحدث باسم الوزارة إن المحادثات ستتناول التعاون الاقتصادي والأمن الإقليمي.
            Делегация прибудет во вторник, переговоры продлятся два дня и коснутся торговли.
            وأضاف أن الجانبين سيوقعان عدة اتفاقيات في ختام الزيارة.
            """);
        assertEquals(List.of(Language.ARABIC, Language.RUSSIAN), mixed.languages());
    }

    private InspectedDocument inspect(String text) throws Exception {
        Path file = temp.resolve("report.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return INSPECTION.inspect(file);
    }
}
