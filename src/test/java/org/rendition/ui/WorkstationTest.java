package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.TestDocuments;
import org.rendition.documents.SegmentStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workstation as an analyst uses it, headless (Monocle), with the tiny-nllb model. */
class WorkstationTest extends WorkstationTestBase {
    static final String RUSSIAN = "Министерство обороны сообщило о начале учений. Они продлятся неделю.\n\n"
            + "В учениях участвуют тысячи военнослужащих.\n";
    static final String ARABIC = "أعلنت وزارة الدفاع عن بدء التدريبات. ستستمر لمدة أسبوع.\n";


    @Start
    void start(Stage stage) {
        app.start(stage, models);
    }

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Opens {@code file} and waits until its rows are drawn, not only loaded: the tests click them next. */
    private void open(FxRobot robot, Path file, int rows) throws Exception {
        openDocument(robot, file, rows);
    }

    private void translate(FxRobot robot) throws Exception {
        awaitFx(30, () -> app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get()
                && app.viewModel.document().rows().stream().allMatch(r -> r.status().isMachineOutput()));
    }

    @Test
    void aNewUserIsToldWhatToDo(FxRobot robot) {
        Label empty = robot.lookup("#emptyState").queryAs(Label.class);
        assertTrue(empty.isVisible());
        assertEquals("Open a document (Ctrl+O) or paste text into Quick translate.", empty.getText());
    }

    @Test
    void aRussianDocumentIsTranslatedEditedConfirmedAndExported(FxRobot robot) throws Exception {
        open(robot, write("report.ru.txt", RUSSIAN), 3);
        translate(robot);
        assertTrue(app.viewModel.document().rows().stream().allMatch(r -> r.target().matches("[^А-я]*[A-Za-z].*")),
                "English targets");
        assertEquals("Model: tiny-nllb", robot.lookup("#modelLabel").queryAs(Label.class).getText());

        assertEquals("(Russian)", robot.lookup("#detectedLabel").queryAs(Label.class).getText());

        robot.clickOn(robot.lookup("#segmentTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.ENTER);
        awaitFx(5, () -> robot.lookup("#segmentTable").queryAs(TableView.class).getEditingCell() != null);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("The ministry announced exercises.");
        robot.type(KeyCode.ENTER);
        awaitFx(5, () -> app.viewModel.document().rows().get(0).status() == SegmentStatus.EDITED);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitFx(5, () -> app.viewModel.document().rows().get(0).status() == SegmentStatus.CONFIRMED);
        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("#segmentTable").queryAs(TableView.class);
        assertEquals(1, table.getSelectionModel().getSelectedIndex(), "Ctrl+Enter moves to the next segment");

        Path out = temp.resolve("report.en.txt");
        app.exportTarget.set(out);
        robot.clickOn("#exportButton");
        // QA finds the unconfirmed segments first and asks.
        robot.clickOn(QaPane.EXPORT_ANYWAY.getText());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(out));
        awaitFx(30, () -> !app.viewModel.document().busyProperty().get());
        String exported = Files.readString(out);
        // The document's classification marking is the first and last line.
        assertTrue(exported.startsWith("OFFICIAL\n") && exported.endsWith("\nOFFICIAL\n"), exported);
        String[] paragraphs = exported.strip().replaceAll("^OFFICIAL\n|\nOFFICIAL$", "").split("\n\n");
        assertEquals(2, paragraphs.length, exported);
        assertTrue(paragraphs[0].startsWith("The ministry announced exercises. "), exported);
        assertTrue(exported.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                exported);
    }

    @Test
    void aWordDocumentIsTranslatedAndExportedAsWord(FxRobot robot) throws Exception {
        Path docx = TestDocuments.docx(temp.resolve("brief.docx"),
                "Министерство обороны сообщило о начале учений. Они продлятся неделю.",
                "В учениях участвуют тысячи военнослужащих.");
        open(robot, docx, 3);
        translate(robot);
        Path out = temp.resolve("brief.en.docx");
        app.exportTarget.set(out);
        robot.clickOn("#exportButton");
        // QA finds the unconfirmed segments first and asks.
        robot.clickOn(QaPane.EXPORT_ANYWAY.getText());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(out));
        awaitFx(30, () -> !app.viewModel.document().busyProperty().get());
        var paragraphs = TestDocuments.paragraphs(out);
        assertEquals(2, paragraphs.size(), paragraphs.toString());
        assertEquals(app.viewModel.document().rows().get(2).target(), paragraphs.get(1));
    }

    @Test
    void ctrlEnterWhileEditingKeepsTheEditConfirmsAndMovesOn(FxRobot robot) throws Exception {
        open(robot, write("ru.txt", RUSSIAN), 3);
        robot.clickOn(robot.lookup("#segmentTable .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.F2);
        robot.write("They will last a week.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitFx(5, () -> app.viewModel.document().rows().get(1).status() == SegmentStatus.CONFIRMED);
        assertEquals("They will last a week.", app.viewModel.document().rows().get(1).target());
        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("#segmentTable").queryAs(TableView.class);
        assertEquals(2, table.getSelectionModel().getSelectedIndex());
    }

    @Test
    void copySourceToTargetPutsTheSourceInTheRow(FxRobot robot) throws Exception {
        open(robot, write("ru.txt", RUSSIAN), 3);
        robot.clickOn(robot.lookup("#segmentTable .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitFx(5, () -> app.viewModel.document().rows().get(1).status() == SegmentStatus.EDITED);
        assertEquals("Они продлятся неделю.", app.viewModel.document().rows().get(1).target());
    }

    @Test
    void arabicSourceCellsAreLaidOutRightToLeft(FxRobot robot) throws Exception {
        open(robot, write("ar.txt", ARABIC), 2);
        WaitForAsyncUtils.waitForFxEvents();
        var cells = robot.lookup(".table-cell").match(n -> n instanceof SourceCell).queryAllAs(SourceCell.class);
        assertTrue(cells.stream().anyMatch(c -> !c.isEmpty()), "source cells are shown");
        cells.stream().filter(c -> !c.isEmpty()).forEach(cell -> assertEquals(NodeOrientation.RIGHT_TO_LEFT,
                cell.getEffectiveNodeOrientation(), String.valueOf(cell.getItem())));
    }

    @Test
    void russianSourceCellsStayLeftToRight(FxRobot robot) throws Exception {
        open(robot, write("ru.txt", RUSSIAN), 3);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".table-cell").match(n -> n instanceof SourceCell).queryAllAs(SourceCell.class).stream()
                .filter(c -> !c.isEmpty())
                .forEach(cell -> assertEquals(NodeOrientation.LEFT_TO_RIGHT, cell.getEffectiveNodeOrientation()));
    }

    @Test
    void quickTranslateShowsTheTranslationOfPastedText(FxRobot robot) throws Exception {
        robot.clickOn("Quick translate");
        robot.interact(() -> app.viewModel.quick().inputProperty().set("Они продлятся неделю."));
        robot.clickOn("#quickTranslateButton");
        awaitFx(60, () -> !app.viewModel.quick().outputProperty().get().isBlank());
        assertTrue(app.viewModel.quick().outputProperty().get().matches("(?s).*[A-Za-z].*"));
    }

    @Test
    void aboutNamesTheModelAndItsLicence(FxRobot robot) throws Exception {
        awaitFx(30, () -> !app.viewModel.installedModels().isEmpty());
        robot.clickOn("#aboutButton");
        String about = robot.lookup("#aboutText").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(about.contains("tiny-nllb"), about);
        assertTrue(about.contains(WorkstationFixture.LICENCE), about);
        robot.type(KeyCode.ENTER);
    }
}
