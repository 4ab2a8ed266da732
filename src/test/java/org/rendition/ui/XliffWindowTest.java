package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.TestDocuments;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.XliffSchemas;
import org.rendition.documents.XliffVersion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A document goes from the window to a colleague's CAT tool as XLIFF and comes back: Export
 * writes XLIFF 2.1 that validates, Merge translated XLIFF (beside Export; or opening the returned .xlf) fills the targets
 * through the same merge as {@code translate --merge}, and the status line says what was filled
 * and what was skipped and why.
 */
class XliffWindowTest extends WorkstationTestBase {
    private static final Pattern TARGET = Pattern.compile("(?s)<target>(.*?)</target>");

    @Start
    void start(Stage stage) {
        app.startWithProfile(stage, models, shared.resolve(UUID.randomUUID() + ".db"));
    }

    /**
     * Opens a three-sentence Word file, translates it, confirms an edit of the last row and
     * exports it as XLIFF 2.1; returns the XLIFF file.
     */
    private Path translatedAndSentAsXliff(FxRobot robot) throws Exception {
        Path docx = TestDocuments.docx(temp.resolve("brief.docx"),
                "Министерство обороны сообщило о начале учений. Они продлятся неделю.",
                "В учениях участвуют тысячи военнослужащих.");
        openDocument(robot, docx, 3);
        awaitFx(30, () -> app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get()
                && app.viewModel.document().rows().stream().allMatch(r -> r.status().isMachineOutput()));
        WaitForAsyncUtils.asyncFx(() -> {
            app.viewModel.document().editTarget(row(2), "Thousands of soldiers take part.");
            app.viewModel.document().confirm(row(2));
        }).get();
        awaitFx(5, () -> row(2).status() == SegmentStatus.CONFIRMED);

        Path sent = temp.resolve("brief.en.xlf");
        app.exportTarget.set(sent);
        robot.clickOn("#exportButton");
        // QA finds the unconfirmed segments first and asks (in the background: wait for the question).
        awaitFx(30, () -> robot.lookup(QaPane.EXPORT_ANYWAY.getText()).tryQuery().isPresent());
        robot.clickOn(QaPane.EXPORT_ANYWAY.getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(sent));
        awaitFx(30, () -> !app.viewModel.document().busyProperty().get());
        return sent;
    }

    /**
     * The colleague's work: the first target emptied, the second rewritten, the third (confirmed
     * in the window meanwhile) replaced by another version.
     */
    private Path returnedByColleague(Path sent) throws Exception {
        String xliff = Files.readString(sent);
        Matcher targets = TARGET.matcher(xliff);
        StringBuilder returned = new StringBuilder();
        int i = 0;
        while (targets.find()) {
            String replacement = switch (i++) {
                case 0 -> "";
                case 1 -> "<target>They will last a whole week.</target>";
                default -> "<target>Their other version.</target>";
            };
            targets.appendReplacement(returned, Matcher.quoteReplacement(replacement));
        }
        targets.appendTail(returned);
        assertEquals(3, i, xliff);
        Path back = sent.resolveSibling("brief.en.back.xlf");
        Files.writeString(back, returned, StandardCharsets.UTF_8);
        return back;
    }

    private String statusLine(FxRobot robot) {
        return robot.lookup("#statusMessage").queryAs(Label.class).getText();
    }

    @Test
    void exportedXliffValidatesAndMergingItBackFillsTargetsAndSaysWhatWasSkipped(FxRobot robot) throws Exception {
        Path sent = translatedAndSentAsXliff(robot);
        byte[] written = Files.readAllBytes(sent);
        XliffSchemas.validate(XliffVersion.V2_1, written);
        String xliff = new String(written, StandardCharsets.UTF_8);
        assertTrue(xliff.contains("srcLang=\"ru\"") && xliff.contains("trgLang=\"en\""), xliff);
        assertTrue(xliff.contains("original=\"brief.docx\""), xliff);
        String machine = row(0).target();

        app.xliffToMerge.set(returnedByColleague(sent));
        robot.clickOn("#exportMoreButton");
        robot.clickOn("Merge translated XLIFF\u2026");
        awaitFx(30, () -> app.viewModel.document().lastMergeProperty().get().isPresent()
                && !app.viewModel.document().busyProperty().get());

        assertEquals(machine, row(0).target(), "left empty by the colleague: the row keeps its target");
        assertEquals("They will last a whole week.", row(1).target());
        assertEquals(SegmentStatus.EDITED, row(1).status(), "a person's rewrite, which a run must not replace");
        assertEquals("Thousands of soldiers take part.", row(2).target(), "confirmed here: kept");
        assertEquals(SegmentStatus.CONFIRMED, row(2).status());
        String said = statusLine(robot);
        assertTrue(said.startsWith("Merged 'brief.en.back.xlf': 1 segment filled; 2 skipped:"), said);
        assertTrue(said.contains("1 left empty in the XLIFF file (row 1)"), said);
        assertTrue(said.contains("1 confirmed here with another translation, which was kept (row 3)"), said);

        // The merge is a change like an edit: Ctrl+Z takes it back.
        WaitForAsyncUtils.asyncFx(() -> app.viewModel.document().undo(row(1))).get();
        awaitFx(5, () -> row(1).status().isMachineOutput());
    }

    @Test
    void openingTheReturnedXliffOpensItsDocumentAndFillsIt(FxRobot robot) throws Exception {
        Path back = returnedByColleague(translatedAndSentAsXliff(robot));
        Path other = temp.resolve("other.ru.txt");
        Files.writeString(other, "Совещание перенесли на пятницу.\n", StandardCharsets.UTF_8);
        openDocument(robot, other, 1);

        app.documentToOpen.set(back);
        robot.clickOn("#openButton");
        awaitFx(30, () -> app.viewModel.document().lastMergeProperty().get().isPresent()
                && !app.viewModel.document().busyProperty().get());

        assertEquals("brief.docx", app.viewModel.document().documentProperty().get().orElseThrow().name(),
                "the document the XLIFF file was made from, found beside it");
        assertEquals(3, app.viewModel.document().rows().size());
        assertTrue(row(0).status().isMachineOutput(), "the saved machine target, the colleague's being empty");
        assertEquals("They will last a whole week.", row(1).target());
        assertEquals(SegmentStatus.EDITED, row(1).status());
        assertEquals("Thousands of soldiers take part.", row(2).target());
        assertTrue(statusLine(robot).startsWith("Merged 'brief.en.back.xlf': 1 segment filled; 2 skipped:"),
                statusLine(robot));
    }

    @Test
    void anXliffWhoseDocumentIsNeitherOpenNorBesideItSaysWhatToOpen(FxRobot robot) throws Exception {
        Path back = returnedByColleague(translatedAndSentAsXliff(robot));
        Path elsewhere = Files.createDirectories(temp.resolve("inbox")).resolve(back.getFileName());
        Files.move(back, elsewhere);
        Path other = temp.resolve("other.ru.txt");
        Files.writeString(other, "Совещание перенесли на пятницу.\n", StandardCharsets.UTF_8);
        openDocument(robot, other, 1);

        app.documentToOpen.set(elsewhere);
        robot.clickOn("#openButton");
        awaitFx(30, () -> statusLine(robot).contains("was made from 'brief.docx'"));
        assertTrue(statusLine(robot).contains("open 'brief.docx' first, then Merge translated XLIFF"),
                statusLine(robot));
        assertEquals("other.ru.txt", app.viewModel.document().documentProperty().get().orElseThrow().name());
    }
}
