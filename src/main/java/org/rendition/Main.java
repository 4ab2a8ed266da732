package org.rendition;

import org.rendition.arch.AllowedDependency;
import org.rendition.cli.RenditionCommand;
import org.rendition.engine.OfflineMode;
import org.rendition.ui.WorkstationLauncher;

/** Entry point of {@code rendition.jar}: no arguments open the workstation, a command runs the command line. */
@AllowedDependency(rule = AllowedDependency.Rule.STANDARD_STREAMS,
        reason = "Before any face exists, the entry point says in one line that no display was found.")
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OfflineMode.enforce();
        if (args.length == 0) {
            try {
                WorkstationLauncher.main(args);
            } catch (UnsupportedOperationException e) {
                // JavaFX's way of saying there is no screen (a server, an SSH session without X).
                System.err.println("The workstation needs a display, and none was found (" + e.getMessage()
                        + "). On a machine without one, use a command: " + commandName() + " --help");
                System.exit(1);
            }
            return;
        }
        System.exit(RenditionCommand.run(args));
    }

    /** How the user started us: the installed launcher sets jpackage.app-path, the jar does not. */
    private static String commandName() {
        return System.getProperty("jpackage.app-path") != null ? "rendition" : "java -jar rendition.jar";
    }
}
