package org.rendition.workflow.translate;

import org.rendition.workflow.profile.UserProfile;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.translate.TranslatedSegment;
import org.rendition.workflow.translate.TextTranslation;
import org.rendition.workflow.translate.TranslatedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryRecord;
import org.rendition.memory.Origin;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;

/** Translation uses the profile: memory before the model, glossary terms kept, everything recorded. */
class MemoryInTranslationTest {
    @TempDir
    static Path temp;
    static UserProfile profile;
    static TextTranslation translation;

    @BeforeAll
    static void setUp() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        profile = UserProfile.open(temp.resolve("profile/rendition.db"));
        profile.glossary().importFile(Path.of("glossaries/military-ranks-ru-en.tsv"), "military", null, null);
        translation = new TextTranslation(models, profile);
    }

    @AfterAll
    static void tearDown() {
        translation.close();
        profile.close();
    }

    private static TranslatedText russian(String text) {
        return translation.translate("report.txt", text, Optional.of(Language.RUSSIAN), Language.ENGLISH,
                Optional.empty(), DecodingOptions.modelDefaults(), CancelSignal.NEVER);
    }

    @Test
    void confirmedSegmentComesBackAsExactMatchInsteadOfTheModel() {
        String sentence = "Колонна прошла через мост в шесть утра.";
        profile.memory().confirm("ru", "en", sentence, "The convoy crossed the bridge at six in the morning.",
                "earlier.txt", Origin.HUMAN);
        TranslatedText result = russian("Это первое предложение. " + sentence);
        assertEquals(SegmentStatus.TM_EXACT, result.segments().get(1).segment().status());
        assertTrue(result.text().endsWith("The convoy crossed the bridge at six in the morning."), result.text());
    }

    @Test
    void exactMemoryMatchWithAnotherNumberIsFlaggedByQa() {
        String sentence = "Встреча министров состоится 15 марта.";
        profile.memory().confirm("ru", "en", sentence, "The ministers will meet on 12 March.", "old.txt",
                Origin.HUMAN);
        TranslatedSegment segment = russian(sentence).segments().get(0);
        assertEquals(SegmentStatus.TM_EXACT, segment.segment().status());
        assertEquals(List.of(QaCheck.NUMBERS), segment.issues().stream().map(QaIssue::check).toList());
        assertTrue(segment.issues().get(0).message().contains("'15'"), segment.issues().get(0).message());
    }

    @Test
    void everyTranslatedSegmentCarriesTheModelsConfidenceWordByWord() {
        TranslatedText result = russian("Колонна вышла утром. Мост был закрыт.");
        for (TranslatedSegment segment : result.segments()) {
            var confidence = segment.confidence().orElseThrow();
            assertEquals(segment.segment().target().split("\\s+").length, confidence.words().size());
            assertTrue(confidence.confidence() > 0 && confidence.confidence() <= 1);
        }
    }

    @Test
    void fuzzyMatchIsOfferedBesideTheMachineOutput() {
        profile.memory().confirm("ru", "en", "Батальон отошёл на прежние позиции к вечеру.",
                "The battalion fell back to its old positions by evening.", "earlier.txt", Origin.HUMAN);
        TranslatedSegment segment = russian("Батальон отошёл на прежние позиции к утру.").segments().get(0);
        assertTrue(segment.segment().status().isMachineOutput(), "the model still translates it");
        assertTrue(segment.aids().bestFuzzy().orElseThrow().score() >= 75);
        assertEquals("The battalion fell back to its old positions by evening.",
                segment.aids().bestFuzzy().get().entry().target());
    }

    @Test
    void russianTermInAnObliqueCaseGetsTheApprovedEnglishTerm() {
        TranslatedText result = russian("Приказ генерал-майора был выполнен в срок.");
        assertTrue(result.text().toLowerCase(Locale.ROOT).contains("major general"), result.text());
        assertEquals("генерал-майора", result.segments().get(0).aids().glossaryHits().get(0).matchedText());
    }

    @Test
    void doNotTranslateNameComesThroughUnchanged() {
        TranslatedText result = russian("Расчёт HIMARS сменил позицию ночью.");
        assertTrue(result.text().contains("HIMARS"), result.text());
    }

    @Test
    void everySegmentIsRecordedWithModelAndManifestHash() {
        TranslatedText result = russian("Майор прибыл утром. Вчера было 15 учений.");
        List<HistoryRecord> rows = profile.history().job(result.historyJob().orElseThrow());
        assertEquals(EventKind.JOB_STARTED, rows.get(0).event().kind());
        assertEquals("tiny-nllb", rows.get(0).event().modelName());
        assertEquals(result.manifestHash(), rows.get(0).event().modelHash());
        List<HistoryRecord> segments = rows.stream()
                .filter(r -> r.event().kind() == EventKind.SEGMENT_TRANSLATED).toList();
        assertEquals(2, segments.size());
        assertTrue(segments.get(0).event().glossaryHits().get(0).contains("major"), segments.get(0).toString());
        assertTrue(profile.history().verify().intact());
    }
}
