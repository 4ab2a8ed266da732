package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.rendition.workflow.profile.UserProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Glossary terms stand out in the source cells and name their approved translation on hover. */
class GlossaryHighlightTest extends WorkstationTestBase {

    @Start
    void start(Stage stage) {
        Path database = shared.resolve(UUID.randomUUID() + ".db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.glossary().importFile(Path.of("glossaries/military-ranks-ru-en.tsv"), "ranks", null, null);
            profile.glossary().importFile(Path.of("glossaries/arabic-honorifics-ar-en.tsv"), "honorifics", null,
                    null);
        }
        app.startWithProfile(stage, models, database);
    }

    private void open(FxRobot robot, String name, String text, int rows) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        app.documentToOpen.set(file);
        robot.clickOn("#openButton");
        awaitFx(30, () -> app.idleWithRows(rows));
    }

    private List<Text> highlightedTerms(FxRobot robot) {
        return robot.lookup("." + SourceCell.TERM_STYLE).queryAllAs(Text.class).stream().toList();
    }

    @Test
    void aTermInTheSourceIsHighlightedAndShowsItsTranslationOnHover(FxRobot robot) throws Exception {
        open(robot, "order.ru.txt", "Приказ полковника выполнен. Колонна прошла мост.\n", 2);
        awaitFx(10, () -> highlightedTerms(robot).size() == 1);
        Text term = highlightedTerms(robot).get(0);
        assertEquals("полковника", term.getText());
        robot.moveTo(term);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing()
                        && t.getText().equals("полковника \u2192 colonel (glossary)")));
    }

    @Test
    void aGlossarySetAsideInSettingsIsNoLongerHighlighted(FxRobot robot) throws Exception {
        open(robot, "order.ru.txt", "Приказ полковника выполнен.\n", 1);
        awaitFx(10, () -> highlightedTerms(robot).size() == 1);
        robot.clickOn("Settings");
        SettingsViewModel settings = app.viewModel.settings();
        awaitFx(10, () -> settings.glossaries().size() == 2);
        robot.interact(() -> settings.glossaries().stream().filter(g -> g.name().equals("ranks")).findFirst()
                .orElseThrow().inUseProperty().set(false));
        robot.clickOn("#saveSettingsButton");
        robot.clickOn("Document");
        awaitFx(10, () -> app.viewModel.document().rows().get(0).glossaryHits().isEmpty());
        awaitFx(10, () -> highlightedTerms(robot).isEmpty());
    }

    @Test
    void arabicSourceWithATermStaysRightToLeft(FxRobot robot) throws Exception {
        open(robot, "ar.txt", "التقى الشيخ بالوفد. ستستمر الزيارة أسبوعا.\n", 2);
        awaitFx(10, () -> highlightedTerms(robot).size() == 1);
        assertEquals("الشيخ", highlightedTerms(robot).get(0).getText());
        var cells = robot.lookup(".table-cell").match(n -> n instanceof SourceCell).queryAllAs(SourceCell.class);
        assertTrue(cells.stream().anyMatch(c -> !c.isEmpty()));
        cells.stream().filter(c -> !c.isEmpty()).forEach(cell -> assertEquals(NodeOrientation.RIGHT_TO_LEFT,
                cell.getEffectiveNodeOrientation()));
    }
}
