package org.rendition.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Names the application, its offline promise, and each installed model with its licence. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, String text) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        about.initOwner(owner);
        about.setTitle(Messages.get("about.title"));
        about.setHeaderText(Messages.get("app.title"));
        TextArea body = new TextArea(text);
        body.setId("aboutText");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(10);
        about.getDialogPane().setContent(body);
        about.show();
    }
}
