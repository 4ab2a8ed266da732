package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.TestDocuments;
import org.rendition.TestDocuments.Run;
import org.rendition.documents.InlineTag;
import org.rendition.documents.SegmentStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst sees a Word file's bold and link as tag marks in the source and in the machine's
 * target, retypes the target and puts the bold and the link around the words she chooses with F9,
 * confirms, exports, and finds the bold around those words in the exported file.
 */
class TagMarksWindowTest extends WorkstationTestBase {
    private static final String TARGET = "The ministry announced exercises in the south.";

    @Start
    void start(Stage stage) {
        app.startWithProfile(stage, models, shared.resolve(UUID.randomUUID() + ".db"));
    }

    @Test
    void theAnalystMovesTheBoldByKeyboardAndTheExportHasItAroundHerWords(FxRobot robot) throws Exception {
        Path docx = TestDocuments.docx(temp.resolve("brief.docx"), Run.plain("Министерство обороны сообщило о "),
                Run.bold("начале учений"), Run.plain(" на "), Run.link("юге страны", "https://example.org/"),
                Run.plain("."));
        openDocument(robot, docx, 1);
        awaitFx(10, () -> marksIn(robot, SourceCell.class).size() == 4);
        Label first = marksIn(robot, SourceCell.class).get(0);
        assertEquals("Tag 1: bold, start", first.getAccessibleText());
        assertEquals("Tag 1: bold, start", first.getTooltip().getText());
        Label link = marksIn(robot, SourceCell.class).get(2);
        assertEquals("Tag 2: link to https://example.org/, start", link.getTooltip().getText());
        assertEquals("Tag 2: link to https://example.org/, start", link.getAccessibleText());

        awaitFx(30, () -> app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get() && row(0).status().isMachineOutput());
        assertTrue(row(0).targetTags().isPresent(), "the model's alignment placed the tags");
        awaitFx(10, () -> !marksIn(robot, TargetCell.class).isEmpty());

        clickRow(robot, 0);
        robot.type(KeyCode.F2);
        awaitFx(5, () -> table(robot).getEditingCell() != null);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(TARGET);
        robot.type(KeyCode.HOME);
        select(robot, TARGET.indexOf("exercises"), "exercises".length());
        robot.type(KeyCode.F9);
        // The caret stands after the bold's closing mark: " in " and then "the south".
        select(robot, " in ".length(), "the south".length());
        robot.type(KeyCode.F9);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitFx(5, () -> row(0).status() == SegmentStatus.CONFIRMED);

        assertEquals(TARGET, row(0).target());
        List<InlineTag> tags = row(0).targetTags().orElseThrow();
        assertEquals("exercises", TARGET.substring(tags.get(0).start(), tags.get(0).end()));
        assertEquals("the south", TARGET.substring(tags.get(1).start(), tags.get(1).end()));
        awaitFx(5, () -> marksIn(robot, TargetCell.class).size() == 4);

        Path out = temp.resolve("brief.en.docx");
        app.exportTarget.set(out);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        awaitFx(30, () -> !app.viewModel.document().busyProperty().get());
        assertEquals("exercises", TestDocuments.boldIn(out, TARGET));
    }

    /** Moves the caret {@code right} characters on, then selects {@code length} characters by keyboard. */
    private static void select(FxRobot robot, int right, int length) {
        for (int i = 0; i < right; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < length; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
    }

    /** The tag marks shown in the grid's cells of {@code kind}. */
    private static List<Label> marksIn(FxRobot robot, Class<?> kind) {
        Set<Node> marks = robot.lookup("." + TagMarks.MARK_STYLE).queryAll();
        return marks.stream().filter(mark -> inside(mark, kind)).map(Label.class::cast)
                .sorted(java.util.Comparator.comparingDouble(mark -> mark.localToScene(0, 0).getX())).toList();
    }

    private static boolean inside(Node node, Class<?> kind) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (kind.isInstance(at)) {
                return at.isVisible();
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static TableView<SegmentRow> table(FxRobot robot) {
        return robot.lookup("#segmentTable").queryAs(TableView.class);
    }
}
