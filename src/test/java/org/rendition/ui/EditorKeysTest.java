package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.memory.Origin;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.profile.UserProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Keyboard work in the grid: inserting a memory match, find, replace. */
class EditorKeysTest extends WorkstationTestBase {

    @Start
    void start(Stage stage) {
        Path database = shared.resolve(UUID.randomUUID() + ".db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.memory().confirm("ru", "en", "Они продлятся неделю.", "They will last a week.", "earlier.docx",
                    Origin.HUMAN);
            profile.memory().confirm("ru", "en", "В учениях участвуют сотни военнослужащих.",
                    "Hundreds of servicemen take part in the exercises.", "earlier.docx", Origin.HUMAN);
        }
        app.startWithProfile(stage, models, database);
    }

    private void open(FxRobot robot) throws Exception {
        Path file = temp.resolve("report.ru.txt");
        Files.writeString(file, WorkstationTest.RUSSIAN, StandardCharsets.UTF_8);
        openDocument(robot, file, 3);
    }

    @SuppressWarnings("unchecked")
    private int selectedIndex(FxRobot robot) {
        return robot.lookup("#segmentTable").queryAs(TableView.class).getSelectionModel().getSelectedIndex();
    }

    @Test
    void ctrl1InsertsTheFirstMemoryMatchIntoTheTarget(FxRobot robot) throws Exception {
        open(robot);
        clickRow(robot, 1);
        awaitFx(10, () -> app.viewModel.document().aids().stream().anyMatch(l -> l.startsWith("Ctrl+1  100%")));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        awaitFx(5, () -> row(1).status() == SegmentStatus.TM_EXACT);
        assertEquals("They will last a week.", row(1).target());
        assertEquals("TM 100%", row(1).statusLabel().get());
    }

    @Test
    void anInsertedFuzzyMatchShowsItsScore(FxRobot robot) throws Exception {
        open(robot);
        clickRow(robot, 2);
        awaitFx(10, () -> app.viewModel.document().aids().stream().anyMatch(l -> l.startsWith("Ctrl+1  ")));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        awaitFx(5, () -> row(2).status() == SegmentStatus.TM_FUZZY);
        assertEquals("Hundreds of servicemen take part in the exercises.", row(2).target());
        int score = row(2).toSegment().tmScore();
        assertTrue(score >= 75 && score < 100, "score " + score);
        assertEquals("TM " + score + "%", row(2).statusLabel().get());
    }

    @Test
    void aMatchNumberWithNoMatchSaysSoAndChangesNothing(FxRobot robot) throws Exception {
        open(robot);
        clickRow(robot, 1);
        awaitFx(10, () -> !app.viewModel.document().aids().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        awaitFx(5, () -> app.viewModel.statusProperty().get().contains("no translation-memory match 2"));
        assertEquals(SegmentStatus.UNTRANSLATED, row(1).status());
    }

    @Test
    void ctrlFFindsTheNextSegmentContainingTheTextInSourceOrTarget(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> app.viewModel.document().editTarget(row(1), "They will last a week."));
        clickRow(robot, 0);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        awaitFx(5, () -> robot.lookup("#findBar").query().isVisible());
        robot.interact(() -> app.viewModel.findReplace().queryProperty().set("учени"));
        robot.clickOn("#findNextButton");
        awaitFx(5, () -> selectedIndex(robot) == 2);
        robot.clickOn("#findNextButton");
        awaitFx(5, () -> selectedIndex(robot) == 0);
        robot.doubleClickOn("#findField").write("WEEK");
        robot.type(KeyCode.ENTER);
        awaitFx(5, () -> selectedIndex(robot) == 1);
    }

    @Test
    void ctrlHReplacesInTargetsThatAreNotConfirmedAndTheyBecomeEdits(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            app.viewModel.document().editTarget(row(0), "The ministry announced exercises.");
            app.viewModel.document().editTarget(row(1), "The exercises last a week.");
            app.viewModel.document().confirm(row(1));
            app.viewModel.document().copySourceToTarget(row(2));
            app.viewModel.document().editTarget(row(2), "Thousands take part in the Exercises.");
        });
        clickRow(robot, 0);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        awaitFx(5, () -> robot.lookup("#replaceField").query().isVisible());
        robot.clickOn("#findField").write("exercises");
        robot.clickOn("#replaceField").write("drills");
        robot.clickOn("#replaceAllButton");
        awaitFx(10, () -> row(2).target().equals("Thousands take part in the drills."));
        assertEquals("The ministry announced drills.", row(0).target());
        assertEquals(SegmentStatus.EDITED, row(2).status());
        assertEquals("The exercises last a week.", row(1).target(), "a confirmed segment is left alone");
        assertEquals(SegmentStatus.CONFIRMED, row(1).status());
        awaitFx(5, () -> robot.lookup("#statusMessage").queryAs(Label.class).getText()
                .equals("Replaced in 2 segments; 1 confirmed segments were left as they are."));
        assertTrue(robot.lookup("#findBar").query().isVisible());
    }
}
