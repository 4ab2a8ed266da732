package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.rendition.documents.SegmentStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window after a translation into {@code target/screenshot-main-window.png}.
 * Nothing tracked is written by a test run; {@code bash installer/update-screenshot.sh} copies the
 * picture over the README's {@code docs/screenshot-main-window.png} when someone means to.
 */
class MainWindowScreenshotTest extends WorkstationTestBase {
    static final Path SCREENSHOT = Path.of("target", "screenshot-main-window.png");
    static final String REPORT = "Министерство обороны сообщило о начале учений. Они продлятся неделю.\n\n"
            + "В учениях участвуют тысячи военнослужащих. Я не знаю, что сказать.\n\n"
            + "Он живёт в Москве. Мы встретимся завтра утром. Это очень важно.\n";


    @Start
    void start(Stage stage) {
        app.start(stage, models);
    }

    @Test
    void theMainWindowAfterATranslationIsSavedAsAPicture(FxRobot robot) throws Exception {
        Path file = temp.resolve("report.ru.txt");
        Files.writeString(file, REPORT, StandardCharsets.UTF_8);
        app.documentToOpen.set(file);
        robot.clickOn("#openButton");
        awaitFx(30, () -> app.idleWithRows(7) && app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get()
                && app.viewModel.document().rows().stream().allMatch(r -> r.status().isMachineOutput()));
        robot.clickOn(robot.lookup("#segmentTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitFx(5, () -> app.viewModel.document().rows().get(0).status() == SegmentStatus.CONFIRMED);
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> app.stage.getScene().snapshot(null)).get();
        Files.createDirectories(SCREENSHOT.getParent());
        ImageIO.write(toBufferedImage(image), "png", SCREENSHOT.toFile());
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a picture with content was written");
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        // RGB, not ARGB: the window is opaque, and the file is smaller without an alpha channel.
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return picture;
    }
}
