package org.rendition.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The life of a TestFX test of the workstation: the test model packs imported once per class into
 * {@link #shared}, a window per test (each subclass starts it in its {@code @Start} method, with or
 * without a profile), stopped after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WorkstationTestBase {
    @TempDir
    static Path shared;
    static Path models;
    @TempDir
    Path temp;
    final WorkstationFixture app = new WorkstationFixture();

    @BeforeAll
    static void importPacks() throws Exception {
        models = WorkstationFixture.modelsIn(shared);
    }

    /** Opens {@code file} with the Open button and waits until its {@code rows} rows are on screen. */
    void openDocument(FxRobot robot, Path file, int rows) throws Exception {
        app.documentToOpen.set(file);
        robot.clickOn("#openButton");
        WorkstationFixture.awaitFx(30, () -> app.idleWithRows(rows) && app.viewModel.document().documentProperty()
                .get().map(d -> d.name().equals(file.getFileName().toString())).orElse(false));
        WorkstationFixture.awaitFx(10, () -> robot.lookup("#segmentTable .table-row-cell").queryAll().size() >= rows);
    }

    void clickRow(FxRobot robot, int index) {
        robot.clickOn(robot.lookup("#segmentTable .table-row-cell").nth(index).queryAs(javafx.scene.Node.class));
    }

    SegmentRow row(int index) {
        return app.viewModel.document().rows().get(index);
    }

    @AfterEach
    void stopWorkstation() throws Exception {
        app.stop();
    }
}
