package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rendition.TestDocuments;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * An analyst opens an e-mail, sees its attachments beside Open, chooses the Word file attached to
 * it, saves it where she wants and has it open for translation, as a mail client's "Save and open".
 */
class EmailAttachmentWindowTest extends WorkstationTestBase {
    @Start
    void start(Stage stage) {
        app.startWithProfile(stage, models, shared.resolve(UUID.randomUUID() + ".db"));
    }

    @Test
    void aWordFileAttachedToAnOpenEmailIsSavedAndOpenedForTranslation(FxRobot robot) throws Exception {
        Path attached = TestDocuments.docx(temp.resolve("report.docx"),
                "Министерство обороны сообщило о начале учений. Они продлятся неделю.",
                "В учениях участвуют тысячи военнослужащих.");
        Path email = TestDocuments.emailWithAttachment(temp.resolve("orders.eml"), attached);
        Files.delete(attached);
        MenuButton attachments = robot.lookup("#attachmentsButton").queryAs(MenuButton.class);
        assertFalse(attachments.isVisible(), "no e-mail is open yet");

        openDocument(robot, email, 2);
        awaitFx(5, attachments::isVisible);
        Path saved = temp.resolve("saved").resolve("report.docx");
        app.attachmentTarget.set(saved);
        robot.clickOn("#attachmentsButton");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Label label
                && label.getText() != null && label.getText().startsWith("report.docx (")).queryAs(javafx.scene.Node.class));

        awaitFx(30, () -> app.idleWithRows(3) && app.viewModel.document().documentProperty().get()
                .map(d -> d.name().equals("report.docx")).orElse(false));
        assertEquals("report.docx", app.attachmentOffered.get());
        assertTrue(Files.isRegularFile(saved));
        assertEquals("Министерство обороны сообщило о начале учений.", row(0).source());
        awaitFx(5, () -> !attachments.isVisible());
    }
}
