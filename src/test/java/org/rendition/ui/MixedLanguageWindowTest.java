package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rendition.MixedReports;
import org.rendition.text.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Word file mixing Russian and Arabic paragraphs in the window: the grid marks the segments in
 * another language than the document's and lays each out in its own direction; Translate reads each
 * from its own language and says so. The window's style sheet resolves every colour it names.
 */
class MixedLanguageWindowTest extends WorkstationTestBase {
    /** Held strongly: java.util.logging keeps loggers only weakly, and the handler with them. */
    private static final Logger CSS = Logger.getLogger("javafx.css");
    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage() == null ? "" : record.getMessage();
            if (message.contains("Could not resolve")) {
                cssWarnings.add(message);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        CSS.addHandler(collect);
        app.start(stage, models);
    }

    @AfterEach
    void stopListening() {
        CSS.removeHandler(collect);
    }

    private void translate(FxRobot robot) throws Exception {
        awaitFx(30, () -> app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get()
                && app.viewModel.document().rows().stream().allMatch(r -> r.status().isMachineOutput()));
    }

    @Test
    void segmentsInAnotherLanguageAreMarkedAndLaidOutInTheirOwnDirection(FxRobot robot) throws Exception {
        openDocument(robot, MixedReports.docx(temp.resolve("mixed.docx")), 7);
        assertEquals(MixedReports.LANGUAGES, app.viewModel.document().rows().stream()
                .map(r -> r.language().orElseThrow()).toList());
        assertEquals(List.of("", "", "", "ar", "ar", "ar", ""), app.viewModel.document().rows().stream()
                .map(SegmentRow::languageLabel).toList(), "only the segments not in the document's language");
        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("#segmentTable").queryAs(TableView.class);
        TableColumn<SegmentRow, ?> language = table.getColumns().stream()
                .filter(c -> "languageColumn".equals(c.getId())).findFirst().orElseThrow();
        assertTrue(language.isVisible(), "a document in several languages shows the language column");
        assertTrue(app.viewModel.statusProperty().get().contains("Russian 4, Arabic 3"),
                app.viewModel.statusProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        for (SourceCell cell : robot.lookup(".table-cell").match(n -> n instanceof SourceCell)
                .queryAllAs(SourceCell.class)) {
            if (!cell.isEmpty() && cell.getTableRow() != null && cell.getTableRow().getItem() != null) {
                boolean arabic = cell.getTableRow().getItem().language().orElseThrow() == Language.ARABIC;
                assertEquals(arabic ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT,
                        cell.getNodeOrientation(), cell.getTableRow().getItem().source());
            }
        }
    }

    @Test
    void translateReadsEachSegmentInItsOwnLanguageAndSaysSo(FxRobot robot) throws Exception {
        openDocument(robot, MixedReports.docx(temp.resolve("mixed.docx")), 7);
        translate(robot);
        String status = app.viewModel.statusProperty().get();
        assertTrue(status.contains("Segments 4, 5, 6 in Arabic: translated from Arabic."), status);
        // The Arabic rows are scored by the model of their own pair, as their targets were written.
        awaitFx(60, () -> app.viewModel.document().rows().stream().allMatch(r -> r.confidence().isPresent()));
    }

    @Test
    void theWindowPrintsNoStyleSheetWarnings(FxRobot robot) throws Exception {
        openDocument(robot, MixedReports.docx(temp.resolve("styled.docx")), 7);
        translate(robot);
        awaitFx(60, () -> app.viewModel.document().rows().stream().allMatch(r -> r.confidence().isPresent()));
        clickRow(robot, 4);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        awaitFx(5, () -> robot.lookup("#concordanceField").tryQuery().isPresent());
        robot.clickOn("#concordanceField").write("встреча").type(KeyCode.ENTER);
        awaitFx(10, () -> !app.viewModel.concordance().hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cssWarnings.isEmpty(), () -> cssWarnings.size() + " style sheet warnings, the first: "
                + cssWarnings.get(0));
    }
}
