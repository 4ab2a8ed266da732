package org.rendition;

import org.rendition.cli.RenditionCommand;
import org.rendition.engine.OfflineMode;
import org.rendition.ui.WorkstationLauncher;

/** Entry point of {@code rendition.jar}: no arguments open the workstation, a command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OfflineMode.enforce();
        if (args.length == 0) {
            WorkstationLauncher.main(args);
            return;
        }
        System.exit(RenditionCommand.run(args));
    }
}
