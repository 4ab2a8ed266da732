package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.documents.SegmentStatus;
import org.rendition.memory.Origin;
import org.rendition.workflow.profile.UserProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The habits an analyst brings from OmegaT and memoQ: concordance, undo, the recent list, Ctrl+Enter, filters. */
class EditorHabitsTest extends WorkstationTestBase {
    private Path database;

    @Start
    void start(Stage stage) {
        database = shared.resolve(UUID.randomUUID() + ".db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.memory().confirm("ru", "en", "Учения продлятся неделю.", "The exercises will last a week.",
                    "earlier.docx", Origin.HUMAN);
            profile.memory().confirm("ru", "en", "Министерство обороны опровергло сообщение.",
                    "The Ministry of Defence denied the report.", "earlier.docx", Origin.HUMAN);
        }
        app.startWithProfile(stage, models, database);
    }

    private Path write(String name) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, WorkstationTest.RUSSIAN, StandardCharsets.UTF_8);
        return file;
    }

    private void open(FxRobot robot, Path file) throws Exception {
        openDocument(robot, file, 3);
    }

    /** Types a translation into the first row and confirms it with Ctrl+Enter. */
    private void confirmFirstRow(FxRobot robot) throws Exception {
        clickRow(robot, 0);
        robot.type(KeyCode.F2).write("The ministry announced exercises.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitFx(5, () -> row(0).status() == SegmentStatus.CONFIRMED);
    }

    @SuppressWarnings("unchecked")
    private TableView<SegmentRow> table(FxRobot robot) {
        return robot.lookup("#segmentTable").queryAs(TableView.class);
    }

    @Test
    void concordanceFindsAPhraseInTheMemoryAndInTheDocument(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        clickRow(robot, 0);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        awaitFx(5, () -> robot.lookup("#concordanceField").tryQuery().isPresent());
        robot.clickOn("#concordanceField").write("продлятся неделю").type(KeyCode.ENTER);
        awaitFx(10, () -> app.viewModel.concordance().hits().size() == 2);
        List<ConcordanceViewModel.Hit> hits = app.viewModel.concordance().hits();
        assertEquals("The exercises will last a week.", hits.get(0).target(), "the memory's rendering first");
        assertEquals(-1, hits.get(0).row());
        assertEquals(1, hits.get(1).row(), "then the document's row holding the phrase");

        // Enter on the document's hit goes to its row in the grid.
        @SuppressWarnings("unchecked")
        ListView<ConcordanceViewModel.Hit> list = robot.lookup("#concordanceHits").queryAs(ListView.class);
        WaitForAsyncUtils.asyncFx(() -> {
            list.requestFocus();
            list.getSelectionModel().select(1);
        }).get();
        robot.type(KeyCode.ENTER);
        awaitFx(5, () -> table(robot).getSelectionModel().getSelectedIndex() == 1);
    }

    @Test
    void undoTakesAnEditBackAndRedoMakesItAgain(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        clickRow(robot, 1);
        robot.type(KeyCode.F2).write("They will last a week.").type(KeyCode.ENTER);
        awaitFx(5, () -> row(1).status() == SegmentStatus.EDITED);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitFx(5, () -> row(1).target().equals("Они продлятся неделю."));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitFx(5, () -> row(1).target().equals("They will last a week."));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitFx(5, () -> row(1).status() == SegmentStatus.UNTRANSLATED && row(1).target().isEmpty());
        assertEquals("", row(0).target(), "undo touches only the row it is pressed on");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        awaitFx(5, () -> row(1).status() == SegmentStatus.EDITED && row(1).target().equals("They will last a week."));
    }

    @Test
    void undoingAConfirmationTakesItsEntryBackOutOfTheMemory(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        confirmFirstRow(robot);
        robot.type(KeyCode.ESCAPE);
        app.workflow.flush();
        assertEquals(List.of("The ministry announced exercises."), memoryTargets(row(0).source()));
        clickRow(robot, 0);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitFx(5, () -> row(0).status() == SegmentStatus.EDITED);
        app.workflow.flush();
        assertEquals(List.of(), memoryTargets(row(0).source()), "the confirmation's entry is gone again");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        awaitFx(5, () -> row(0).status() == SegmentStatus.CONFIRMED);
        app.workflow.flush();
        assertEquals(List.of("The ministry announced exercises."), memoryTargets(row(0).source()));
    }

    private List<String> memoryTargets(String source) {
        return app.workflow.profile().orElseThrow().memory().lookup("ru", "en", source).exact().stream()
                .map(m -> m.entry().target()).toList();
    }

    @Test
    void concordanceAlsoFindsAPhraseInTheTranslations(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        clickRow(robot, 0);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        awaitFx(5, () -> robot.lookup("#concordanceField").tryQuery().isPresent());
        robot.clickOn("#concordanceField").write("denied the report").type(KeyCode.ENTER);
        awaitFx(10, () -> app.viewModel.concordance().hits().size() == 1);
        assertEquals("Министерство обороны опровергло сообщение.", app.viewModel.concordance().hits().get(0).source());
    }

    @Test
    void backToMachineOutputUndoesWhatAPersonDidToTheModelsTranslation(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        awaitFx(30, () -> app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get()
                && app.viewModel.document().rows().stream().allMatch(r -> !r.target().isBlank()));
        String machine = row(2).target();
        SegmentStatus status = row(2).status();
        clickRow(robot, 2);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitFx(5, () -> row(2).status() == SegmentStatus.EDITED);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitFx(5, () -> row(2).target().equals(machine) && row(2).status() == status);
        assertTrue(app.viewModel.document().progressTextProperty().get().isEmpty(), "no progress once done");
    }

    @Test
    void ctrlEnterConfirmsAndOpensTheNextTargetForTyping(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        confirmFirstRow(robot);
        awaitFx(5, () -> table(robot).getEditingCell() != null && table(robot).getEditingCell().getRow() == 1);
        assertTrue(robot.lookup("#editModeLabel").query().isVisible(), "edit mode is announced");
        robot.write("They will last a week.").type(KeyCode.ENTER);
        awaitFx(5, () -> row(1).target().equals("They will last a week."));
    }

    @Test
    void aGlossaryImportedInTheWindowIsInEffectAtOnce(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        awaitFx(10, () -> row(2).glossaryHits().isEmpty());
        Path glossary = temp.resolve("military.csv");
        Files.writeString(glossary, "source,target,source_lang,target_lang\nвоеннослужащих,service personnel,ru,en\n",
                StandardCharsets.UTF_8);
        WaitForAsyncUtils.asyncFx(() -> app.viewModel.profileFiles().importGlossary(glossary)).get();
        awaitFx(10, () -> !row(2).glossaryHits().isEmpty());
        assertEquals("service personnel", row(2).glossaryHits().get(0).term().target());

        Path exported = temp.resolve("memory.tmx");
        WaitForAsyncUtils.asyncFx(() -> app.viewModel.profileFiles().exportMemory(exported)).get();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(exported)
                && Files.readString(exported).contains("The exercises will last a week."));
    }

    @Test
    void recentListKeepsOpenedDocumentsNewestFirstInTheProfile(FxRobot robot) throws Exception {
        Path first = write("first.ru.txt");
        Path second = write("second.ru.txt");
        open(robot, first);
        open(robot, second);
        awaitFx(10, () -> app.viewModel.document().recentDocuments().equals(List.of(second, first)));
        app.workflow.flush();
        try (UserProfile profile = UserProfile.open(database)) {
            assertEquals(List.of(second, first), profile.recentDocuments().list(), "kept across a restart");
        }

        robot.clickOn("#recentButton");
        MenuButton recent = robot.lookup("#recentButton").queryAs(MenuButton.class);
        awaitFx(5, () -> recent.getItems().size() == 2);
        WaitForAsyncUtils.asyncFx(() -> recent.getItems().get(1).fire()).get();
        awaitFx(30, () -> app.idleWithRows(3) && app.viewModel.document().documentProperty().get()
                .map(d -> d.name().equals("first.ru.txt")).orElse(false));
        awaitFx(10, () -> app.viewModel.document().recentDocuments().equals(List.of(first, second)));
    }

    @Test
    void exportWarnsOfUnconfirmedSegmentsAndOpensInTheDocumentsFolder(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        confirmFirstRow(robot);
        robot.type(KeyCode.ESCAPE);
        Path out = temp.resolve("report.en.txt");
        app.exportTarget.set(out);
        robot.clickOn("#exportButton");
        // QA counts the segments never confirmed among what it found, and asks before exporting.
        robot.clickOn(QaPane.EXPORT_ANYWAY.getText());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(out));
        assertEquals(temp.toAbsolutePath(), app.exportFolder.get().orElseThrow());
    }

    @Test
    void findCountsHitsWithCaseAndRegularExpressionsAndTheFilterHidesRows(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt"));
        clickRow(robot, 1);
        robot.type(KeyCode.F2).write("They will last a week.").type(KeyCode.ENTER);
        awaitFx(5, () -> row(1).status() == SegmentStatus.EDITED);
        FindReplaceViewModel find = app.viewModel.findReplace();
        WaitForAsyncUtils.asyncFx(() -> {
            find.showFind();
            find.queryProperty().set("учени");
        }).get();
        awaitFx(5, () -> find.countProperty().get().equals("2 segments"));
        WaitForAsyncUtils.asyncFx(() -> find.queryProperty().set("в учениях")).get();
        awaitFx(5, () -> find.countProperty().get().equals("1 segment"));
        WaitForAsyncUtils.asyncFx(() -> find.matchCaseProperty().set(true)).get();
        awaitFx(5, () -> find.countProperty().get().equals("No segment"));
        WaitForAsyncUtils.asyncFx(() -> {
            find.matchCaseProperty().set(false);
            find.regularExpressionProperty().set(true);
            find.queryProperty().set("week|недел");
        }).get();
        awaitFx(5, () -> find.countProperty().get().equals("1 segment"));
        WaitForAsyncUtils.asyncFx(() -> find.queryProperty().set("(unclosed")).get();
        awaitFx(5, () -> find.countProperty().get().equals("Not a valid regular expression."));

        WaitForAsyncUtils.asyncFx(() -> find.filterProperty().set(RowFilter.EDITED)).get();
        awaitFx(5, () -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0) == row(1));
        WaitForAsyncUtils.asyncFx(() -> find.filterProperty().set(RowFilter.UNTRANSLATED)).get();
        awaitFx(5, () -> table(robot).getItems().size() == 2);
    }
}
