package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.engine.LanguagePair;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryEvent;
import org.rendition.text.Language;
import org.rendition.workflow.profile.GlossaryInUse;
import org.rendition.workflow.profile.UserProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Settings tab over a profile database: what is chosen there is kept and recorded. */
class SettingsViewTest extends WorkstationTestBase {
    static final Path RANKS = Path.of("glossaries/military-ranks-ru-en.tsv");

    Path database;

    @Start
    void start(Stage stage) {
        database = shared.resolve(UUID.randomUUID() + ".db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.glossary().importFile(RANKS, "ranks", null, null);
        }
        app.startWithProfile(stage, models, database);
    }

    @Test
    void aNewProfileShowsTheDefaultsAndTheDatabaseInUse(FxRobot robot) throws Exception {
        robot.clickOn("Settings");
        SettingsViewModel settings = app.viewModel.settings();
        awaitFx(10, () -> settings.glossaries().size() == 1);
        assertEquals(75, robot.lookup("#settingsTmThreshold").queryAs(Spinner.class).getValue());
        assertEquals("model default", robot.lookup("#settingsBeamSize").queryAs(Spinner.class).getEditor().getText());
        assertTrue(settings.glossaries().get(0).inUseProperty().get());
        assertEquals(database.toAbsolutePath().toString(), robot.lookup("#settingsDatabase").queryAs(Label.class)
                .getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void settingsSavedInTheTabAreKeptInTheProfileAndRecordedInTheHistory(FxRobot robot) throws Exception {
        robot.clickOn("Settings");
        SettingsViewModel settings = app.viewModel.settings();
        awaitFx(10, () -> settings.glossaries().size() == 1
                && settings.modelChoices().stream().anyMatch(c -> c.pack().isPresent()));
        Spinner<Integer> beams = robot.lookup("#settingsBeamSize").queryAs(Spinner.class);
        Spinner<Integer> threshold = robot.lookup("#settingsTmThreshold").queryAs(Spinner.class);
        ComboBox<ModelChoice> model = robot.lookup("#settingsModel").queryAs(ComboBox.class);
        robot.interact(() -> {
            beams.getValueFactory().setValue(4);
            threshold.getValueFactory().setValue(90);
            model.getSelectionModel().select(ModelChoice.of("tiny-nllb"));
        });
        robot.clickOn(robot.lookup("#settingsGlossaries .check-box").queryAs(Node.class));
        awaitFx(5, () -> !settings.glossaries().get(0).inUseProperty().get());
        robot.clickOn("#saveSettingsButton");
        awaitFx(10, () -> "Settings saved.".equals(settings.messageProperty().get()));

        try (UserProfile profile = UserProfile.open(database)) {
            assertEquals(4, profile.settings().beamSize());
            assertEquals(90, profile.settings().tmThreshold());
            assertEquals(Optional.of("tiny-nllb"), profile.settings().modelFor(
                    new LanguagePair(Language.RUSSIAN, Language.ENGLISH)));
            assertEquals(List.of(false), profile.settings().glossaries().stream().map(GlossaryInUse::inUse).toList());
            List<String> changed = profile.history().latest(20).stream().map(r -> r.event())
                    .filter(e -> e.kind() == EventKind.SETTING_CHANGED).map(HistoryEvent::source).toList();
            assertEquals(List.of("beam size", "TM threshold", "model for Russian to English", "glossary ranks"), changed);
        }
    }

    @Test
    void aNewDatabaseLocationIsSaidToTakeEffectAtTheNextStart(FxRobot robot) throws Exception {
        robot.clickOn("Settings");
        SettingsViewModel settings = app.viewModel.settings();
        awaitFx(10, () -> !settings.databaseFromNextStartProperty().get().isEmpty());
        Path moved = shared.resolve("moved-" + UUID.randomUUID() + ".db");
        robot.interact(() -> settings.databaseFromNextStartProperty().set(moved.toString()));
        robot.clickOn("#saveSettingsButton");
        awaitFx(10, () -> settings.messageProperty().get().contains("next start"));
        assertTrue(robot.lookup("#settingsMessage").queryAs(Label.class).getText().contains(moved.toString()));
        assertEquals(database.toAbsolutePath().toString(), settings.databaseFileProperty().get(),
                "the database in use stays until the next start");
        assertFalse(java.nio.file.Files.exists(moved));
    }
}
