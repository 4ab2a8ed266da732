package org.rendition.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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

    @AfterEach
    void stopWorkstation() throws Exception {
        app.stop();
    }
}
