package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.documents.SegmentStatus;
import org.rendition.memory.Origin;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.workflow.profile.UserProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The model's confidence in the grid (underlined words, the confidence column, the source words a
 * target word came from) and QA in the side pane and before export.
 */
class ConfidenceAndQaTest extends WorkstationTestBase {
    static final String MEETING = "Встреча министров состоится 15 марта.";
    static final String TEXT = "Министерство обороны сообщило о начале учений. " + MEETING + "\n\n"
            + "В учениях участвуют тысячи военнослужащих.\n";

    @Start
    void start(Stage stage) {
        Path database = shared.resolve(UUID.randomUUID() + ".db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.memory().confirm("ru", "en", MEETING, "The ministers will meet on 12 March.", "old.txt",
                    Origin.HUMAN);
        }
        app.startWithProfile(stage, models, database);
    }

    private void openAndTranslate(FxRobot robot) throws Exception {
        Path file = temp.resolve("report.ru.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        app.documentToOpen.set(file);
        robot.clickOn("#openButton");
        awaitFx(30, () -> app.idleWithRows(3));
        awaitFx(30, () -> app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get()
                && app.viewModel.document().rows().stream().allMatch(r -> r.confidence().isPresent()));
    }

    @Test
    void everyTargetIsScoredAndItsUnsureWordsAreUnderlined(FxRobot robot) throws Exception {
        openAndTranslate(robot);
        assertEquals(SegmentStatus.TM_EXACT, row(1).status());
        // The tiny model is unsure of most of what it writes, and of the memory's "12" above all.
        assertTrue(row(1).confidence().orElseThrow().lowWords().stream().anyMatch(w -> w.text().equals("12")));
        awaitFx(10, () -> !robot.lookup("." + ConfidenceText.LOW_STYLE).queryAll().isEmpty());
        // The style sheet applies at the next pulse after the cell is drawn.
        awaitFx(10, () -> robot.lookup("." + ConfidenceText.LOW_STYLE).queryAllAs(Text.class).stream()
                .anyMatch(Text::isUnderline));
        List<String> shown = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "confidenceColumn".equals(c.getTableColumn().getId()))
                .map(javafx.scene.control.TableCell::getText).filter(t -> t != null)
                .map(t -> t.replace(" \u26a0", "")).toList();
        assertTrue(shown.contains(row(1).confidence().orElseThrow().percent() + "%"), shown.toString());
    }

    @Test
    void clickingATargetWordMarksTheSourceWordsItCameFrom(FxRobot robot) throws Exception {
        openAndTranslate(robot);
        WaitForAsyncUtils.waitForFxEvents();
        awaitFx(10, () -> robot.lookup("." + ConfidenceText.WORD_STYLE).match(
                (Text t) -> t.getText().equals("12")).tryQuery().isPresent());
        Node twelve = robot.lookup("." + ConfidenceText.WORD_STYLE).match((Text t) -> t.getText().equals("12"))
                .query();
        robot.clickOn(twelve);
        List<Integer> origin = row(1).confidence().orElseThrow().words().stream().filter(w -> w.text().equals("12"))
                .findFirst().orElseThrow().sourceWords();
        assertFalse(origin.isEmpty());
        awaitFx(10, () -> !robot.lookup("." + SourceCell.ALIGNED_STYLE).queryAll().isEmpty());
        String marked = robot.lookup("." + SourceCell.ALIGNED_STYLE).queryAllAs(Text.class).stream()
                .map(Text::getText).reduce("", String::concat);
        assertTrue(MEETING.contains(marked) && !marked.isBlank(), marked);
    }

    @Test
    void sortingByConfidencePutsTheLeastSureFirstAndKeepsTheDocumentOrder(FxRobot robot) throws Exception {
        openAndTranslate(robot);
        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("#segmentTable").queryAs(TableView.class);
        robot.interact(() -> {
            TableColumn<SegmentRow, ?> column = table.getColumns().stream()
                    .filter(c -> "confidenceColumn".equals(c.getId())).findFirst().orElseThrow();
            table.getSortOrder().setAll(List.of(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> shown = table.getItems().stream().map(r -> r.confidence().orElseThrow().confidence()).toList();
        assertEquals(shown.stream().sorted().toList(), shown);
        assertEquals(List.of(0, 1, 2), app.viewModel.document().rows().stream().map(SegmentRow::index).toList());
    }

    @Test
    void qaFindsTheMemoryMatchWithAnotherNumberAndJumpsToIt(FxRobot robot) throws Exception {
        openAndTranslate(robot);
        robot.clickOn("#qaButton");
        awaitFx(30, () -> app.viewModel.document().quality().issues().stream()
                .anyMatch(i -> i.check() == QaCheck.NUMBERS));
        @SuppressWarnings("unchecked")
        ListView<QaIssue> list = robot.lookup("#qaList").queryAs(ListView.class);
        QaIssue number = list.getItems().stream().filter(i -> i.check() == QaCheck.NUMBERS).findFirst().orElseThrow();
        assertEquals(1, number.segment());
        assertTrue(number.message().contains("'15'") && number.message().contains("'12'"), number.message());
        assertTrue(row(1).hasQaIssues());
        robot.interact(() -> list.getSelectionModel().select(number));
        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("#segmentTable").queryAs(TableView.class);
        awaitFx(5, () -> table.getSelectionModel().getSelectedItem() == row(1));
    }

    @Test
    void aCheckSwitchedOffFindsNothing(FxRobot robot) throws Exception {
        openAndTranslate(robot);
        robot.clickOn("#qaCheck-numbers");
        robot.clickOn("#qaButton");
        awaitFx(30, () -> !app.viewModel.document().quality().issues().isEmpty());
        assertTrue(app.viewModel.document().quality().issues().stream().noneMatch(i -> i.check() == QaCheck.NUMBERS));
    }

    @Test
    void exportWarnsOfTheWrongNumberAndCancellingWritesNothing(FxRobot robot) throws Exception {
        openAndTranslate(robot);
        Path out = temp.resolve("report.en.txt");
        app.exportTarget.set(out);
        robot.clickOn("#exportButton");
        awaitFx(30, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String warning = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(warning.contains(QaCheck.NUMBERS.title() + ": 1"), warning);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(out));
    }
}
