package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.documents.SegmentStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Work on a document survives a restart: reopening the file offers to resume it, and resuming brings it back. */
@ExtendWith(ApplicationExtension.class)
class ResumeDialogTest {
    @TempDir
    static Path shared;
    static Path models;
    @TempDir
    Path temp;
    Path database;
    final WorkstationFixture first = new WorkstationFixture();
    final WorkstationFixture second = new WorkstationFixture();

    @BeforeAll
    static void importPack() throws Exception {
        models = WorkstationFixture.modelsIn(shared);
    }

    @Start
    void start(Stage stage) {
        database = shared.resolve(UUID.randomUUID() + ".db");
        first.startWithProfile(stage, models, database);
    }

    @AfterEach
    void stop() throws Exception {
        first.stop();
        second.stop();
    }

    private static void open(FxRobot robot, WorkstationFixture app, Path file) throws Exception {
        app.documentToOpen.set(file);
        robot.clickOn(robot.from(app.stage.getScene().getRoot()).lookup("#openButton").queryAs(javafx.scene.Node.class));
    }

    @Test
    void reopeningAfterARestartOffersTheSavedWorkAndResumingBringsItBack(FxRobot robot) throws Exception {
        Path file = temp.resolve("report.ru.txt");
        Files.writeString(file, WorkstationTest.RUSSIAN, StandardCharsets.UTF_8);
        open(robot, first, file);
        awaitFx(30, () -> first.idleWithRows(3));
        DocumentViewModel before = first.viewModel.document();
        robot.interact(() -> {
            before.editTarget(before.rows().get(0), "The ministry announced exercises.");
            before.confirm(before.rows().get(0));
            before.editTarget(before.rows().get(1), "They will last a week.");
        });

        // A restart: the first window goes, a new application starts on the same profile database.
        first.stop();
        robot.interact(() -> {
            first.stage.hide();
            second.startWithProfile(new Stage(), models, database);
        });
        open(robot, second, file);
        awaitFx(30, () -> robot.lookup("Resume").tryQuery().isPresent());
        robot.clickOn("Resume");

        DocumentViewModel after = second.viewModel.document();
        awaitFx(10, () -> after.rows().size() == 3 && after.rows().get(0).status() == SegmentStatus.CONFIRMED);
        assertEquals("The ministry announced exercises.", after.rows().get(0).target());
        assertEquals("They will last a week.", after.rows().get(1).target());
        assertEquals(SegmentStatus.EDITED, after.rows().get(1).status());
        assertEquals(SegmentStatus.UNTRANSLATED, after.rows().get(2).status());
        assertEquals("Resumed your earlier work on report.ru.txt.", second.viewModel.statusProperty().get());
    }

    @Test
    void confidenceScoredBeforeARestartComesBackWithTheTargetsWhenResuming(FxRobot robot) throws Exception {
        Path file = temp.resolve("scored.ru.txt");
        Files.writeString(file, WorkstationTest.RUSSIAN, StandardCharsets.UTF_8);
        open(robot, first, file);
        awaitFx(30, () -> first.idleWithRows(3));
        awaitFx(30, () -> first.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn(robot.from(first.stage.getScene().getRoot()).lookup("#translateButton")
                .queryAs(javafx.scene.Node.class));
        DocumentViewModel before = first.viewModel.document();
        awaitFx(120, () -> !before.busyProperty().get()
                && before.rows().stream().allMatch(r -> r.confidence().isPresent()));
        java.util.List<org.rendition.engine.confidence.TranslationConfidence> scored = before.rows().stream()
                .map(r -> r.confidence().orElseThrow()).toList();

        first.stop();
        robot.interact(() -> {
            first.stage.hide();
            second.startWithProfile(new Stage(), models, database);
        });
        open(robot, second, file);
        awaitFx(30, () -> robot.lookup("Resume").tryQuery().isPresent());
        robot.clickOn("Resume");
        DocumentViewModel after = second.viewModel.document();
        // Seen in the same moment the resumed targets are: read from the profile, not scored again.
        boolean[] withTheTargets = {false};
        awaitFx(10, () -> {
            boolean resumed = after.rows().size() == 3 && after.rows().stream().allMatch(r -> r.status().isMachineOutput());
            withTheTargets[0] = resumed && after.rows().stream().allMatch(r -> r.confidence().isPresent());
            return resumed;
        });
        org.junit.jupiter.api.Assertions.assertTrue(withTheTargets[0], "the Conf. column is filled as the rows come back");
        assertEquals(scored, after.rows().stream().map(r -> r.confidence().orElseThrow()).toList());
    }
}
