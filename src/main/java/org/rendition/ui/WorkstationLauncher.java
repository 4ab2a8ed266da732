package org.rendition.ui;

import javafx.application.Application;

/**
 * Starts the workstation. A main class that does not extend {@link Application}, so JavaFX can be
 * loaded from the class path of {@code rendition.jar} rather than the module path.
 */
public final class WorkstationLauncher {
    private WorkstationLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }
}
