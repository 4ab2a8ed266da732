package org.rendition.ui;

import javafx.application.Application;
import org.rendition.workflow.packs.DesktopLibraries;

/**
 * Starts the workstation. A main class that does not extend {@link Application}, so JavaFX can be
 * loaded from the class path of {@code rendition.jar} rather than the module path.
 */
public final class WorkstationLauncher {
    private WorkstationLauncher() {
    }

    /**
     * JavaFX could not start because system libraries it loads are missing; the message names the
     * packages to install. JavaFX itself reports this as if there were no display.
     */
    public static final class MissingLibrariesException extends UnsupportedOperationException {
        private static final long serialVersionUID = 1L;

        MissingLibrariesException(String advice, Throwable cause) {
            super(advice, cause);
        }
    }

    /**
     * Opens the window; {@code args} may name one document to open.
     *
     * @throws MissingLibrariesException if desktop libraries are missing
     * @throws UnsupportedOperationException if there is no display to open the window on
     */
    public static void main(String[] args) {
        try {
            Application.launch(WorkstationApp.class, args);
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            String missing = DesktopLibraries.needed() ? DesktopLibraries.ofThisMachine().advice() : "";
            if (!missing.isEmpty()) {
                throw new MissingLibrariesException(missing, e);
            }
            throw e instanceof UnsupportedOperationException u ? u : new UnsupportedOperationException(e.getMessage(), e);
        }
    }
}
