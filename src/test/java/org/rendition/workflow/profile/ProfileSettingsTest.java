package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.packs.ModelInfo;
import org.rendition.workflow.profile.GlossaryInUse;
import org.rendition.workflow.profile.ProfileSettings;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.memory.TmMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryEvent;
import org.rendition.memory.Origin;
import org.rendition.text.Language;

/** Settings live in the profile, are recorded in the history, and change how translation works. */
class ProfileSettingsTest {
    static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
    static final Path RANKS = Path.of("glossaries/military-ranks-ru-en.tsv");

    @TempDir
    Path temp;

    private Path database() {
        return temp.resolve("profile.db");
    }

    @Test
    void aNewProfileUsesTheModelsBeamSizeAndA75PercentThreshold() {
        try (UserProfile profile = UserProfile.open(database())) {
            assertEquals(ProfileSettings.MODEL_DEFAULT_BEAMS, profile.settings().beamSize());
            assertEquals(75, profile.settings().tmThreshold());
            assertEquals(Optional.empty(), profile.settings().modelFor(RU_EN));
            assertEquals(database().toAbsolutePath(), profile.settings().databaseFromNextStart());
        }
    }

    @Test
    void settingsOutliveTheSession() {
        try (UserProfile profile = UserProfile.open(database())) {
            profile.glossary().importFile(RANKS, "ranks", null, null);
            profile.settings().setBeamSize(4);
            profile.settings().setTmThreshold(90);
            profile.settings().setModelFor(RU_EN, Optional.of("tiny-nllb"));
            profile.settings().setGlossaryInUse("ranks", false);
        }
        try (UserProfile profile = UserProfile.open(database())) {
            assertEquals(4, profile.settings().beamSize());
            assertEquals(90, profile.settings().tmThreshold());
            assertEquals(Optional.of("tiny-nllb"), profile.settings().modelFor(RU_EN));
            assertEquals(List.of(new GlossaryInUse("ranks", profile.glossary().terms("ranks").size(), false)),
                    profile.settings().glossaries());
        }
    }

    @Test
    void everySettingsChangeIsInTheIntactHistoryWithItsValueBeforeAndAfter() {
        try (UserProfile profile = UserProfile.open(database())) {
            profile.settings().setBeamSize(4);
            profile.settings().setBeamSize(4);
            profile.settings().setTmThreshold(80);
            List<HistoryEvent> changes = profile.history().latest(10).stream().map(r -> r.event())
                    .filter(e -> e.kind() == EventKind.SETTING_CHANGED).toList();
            assertEquals(2, changes.size(), "an unchanged value is not recorded");
            assertEquals(List.of("beam size", "0", "4"), List.of(changes.get(0).source(),
                    changes.get(0).machineOutput(), changes.get(0).finalText()));
            assertEquals(List.of("TM threshold", "75%", "80%"), List.of(changes.get(1).source(),
                    changes.get(1).machineOutput(), changes.get(1).finalText()));
            assertTrue(profile.history().verify().intact());
        }
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheRangeNamed() {
        try (UserProfile profile = UserProfile.open(database())) {
            assertTrue(assertThrows(WorkflowException.class, () -> profile.settings().setBeamSize(99))
                    .getMessage().contains("between 1 and 8"));
            assertTrue(assertThrows(WorkflowException.class, () -> profile.settings().setTmThreshold(10))
                    .getMessage().contains("between 50% and 100%"));
        }
    }

    @Test
    void aGlossaryNotInUseIsNeitherMatchedNorKept() {
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(temp.resolve("models"), database())) {
            ProfileSettings settings = workflow.settings().orElseThrow();
            Segment segment = new Segment(0, 0, "Приказ полковника выполнен.", "", SegmentStatus.UNTRANSLATED);
            try (UserProfile other = UserProfile.open(database())) {
                other.glossary().importFile(RANKS, "ranks", null, null);
            }
            assertEquals("colonel", workflow.glossaryHits(List.of(segment), RU_EN).get(0).get(0).term().target());
            settings.setGlossaryInUse("ranks", false);
            assertEquals(List.of(List.of()), workflow.glossaryHits(List.of(segment), RU_EN));
            assertEquals(List.of(), workflow.aidsFor(segment, RU_EN).glossaryHits());
        }
    }

    @Test
    void theThresholdDecidesWhichFuzzyMatchesAreOffered() {
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(temp.resolve("models"), database())) {
            ProfileSettings settings = workflow.settings().orElseThrow();
            try (UserProfile other = UserProfile.open(database())) {
                other.memory().confirm("ru", "en", "Колонна прошла через мост у реки вечером.",
                        "The convoy crossed the bridge by the river in the evening.", "test", Origin.HUMAN);
            }
            Segment segment = new Segment(0, 0, "Колонна прошла через мост у реки утром.", "",
                    SegmentStatus.UNTRANSLATED);
            settings.setTmThreshold(ProfileSettings.MIN_TM_THRESHOLD);
            List<TmMatch> offered = workflow.aidsFor(segment, RU_EN).matches();
            assertEquals(1, offered.size());
            settings.setTmThreshold(offered.get(0).score() + 1);
            assertEquals(List.of(), workflow.aidsFor(segment, RU_EN).matches());
        }
    }

    @Test
    void theBeamSizeReachesTheDecoder() {
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(temp.resolve("models"), database())) {
            assertEquals(0, workflow.decodingOptions().beams());
            workflow.settings().orElseThrow().setBeamSize(3);
            assertEquals(3, workflow.decodingOptions().beams());
        }
    }

    @Test
    void theModelChosenForAPairTranslatesIt() throws Exception {
        Path models = temp.resolve("models");
        ModelLibrary library = new ModelLibrary(models);
        library.importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        library.importFrom(SharedData.model("tiny-nllb"), new ImportRequest("other-nllb", null, null, null, false));
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database())) {
            assertEquals(List.of("other-nllb", "tiny-nllb"), workflow.modelsFor(RU_EN).stream()
                    .map(ModelInfo::name).toList());
            assertEquals("other-nllb", workflow.modelFor(RU_EN).name());
            workflow.settings().orElseThrow().setModelFor(RU_EN, Optional.of("tiny-nllb"));
            assertEquals("tiny-nllb", workflow.modelFor(RU_EN).name());
            assertEquals("tiny-nllb", workflow.translateText("Они продлятся неделю.", Language.RUSSIAN,
                    Language.ENGLISH, org.rendition.engine.decode.CancelSignal.NEVER).modelName());
        }
    }

    @Test
    void aChosenModelThatIsNoLongerInstalledFallsBackToTheBestInstalled() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database())) {
            workflow.settings().orElseThrow().setModelFor(RU_EN, Optional.of("removed-pack"));
            assertEquals("tiny-nllb", workflow.modelFor(RU_EN).name());
        }
    }

    @Test
    void aNewDatabaseLocationIsUsedFromTheNextStart() throws Exception {
        Path moved = temp.resolve("elsewhere/moved.db");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(temp.resolve("models"), database())) {
            ProfileSettings settings = workflow.settings().orElseThrow();
            assertTrue(settings.setDatabaseFromNextStart(moved));
            assertEquals(database().toAbsolutePath(), settings.databaseFile());
            assertEquals(moved.toAbsolutePath(), settings.databaseFromNextStart());
        }
        assertFalse(Files.exists(moved), "nothing moves before the next start");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(temp.resolve("models"), database())) {
            ProfileSettings settings = workflow.settings().orElseThrow();
            assertEquals(moved.toAbsolutePath(), settings.databaseFile());
            assertTrue(settings.setDatabaseFromNextStart(database()), "and back again");
        }
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(temp.resolve("models"), database())) {
            assertEquals(database().toAbsolutePath(), workflow.settings().orElseThrow().databaseFile());
        }
    }
}
