package org.rendition.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before the window closes while changes still wait for the team server: they are kept on
 * the workstation and sent at the next start, but the analyst may rather wait for the server so
 * that her supervisor sees them now.
 */
final class UnsentChangesWarning {
    private UnsentChangesWarning() {
    }

    /** True when nothing waits, or the analyst chose to close anyway. */
    static boolean allowClose(Window owner, int waiting) {
        if (waiting == 0) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.WARNING, Messages.get("server.closeWithWaiting", waiting),
                ButtonType.CANCEL, ButtonType.OK);
        ask.initOwner(owner);
        ask.setHeaderText(null);
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
