package org.rendition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.rendition.arch.AllowedDependency;
import org.rendition.cli.RenditionCommand;
import org.rendition.engine.OfflineMode;
import org.rendition.ui.WorkstationLauncher;

/**
 * Entry point of {@code rendition.jar}: no arguments open the workstation, one document
 * ({@code rendition report.docx}) opens the workstation with it, a command runs the command line.
 */
@AllowedDependency(rule = AllowedDependency.Rule.STANDARD_STREAMS,
        reason = "Before any face exists, the entry point says in one line why the window cannot open.")
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OfflineMode.enforce();
        Optional<Path> document = RenditionCommand.documentToOpen(args);
        if (args.length == 0 || document.isPresent()) {
            if (document.isPresent() && !Files.isRegularFile(document.get())) {
                System.err.println("rendition: there is no file '" + args[0] + "' to open; give a document, or a "
                        + "command (" + commandName() + " --help).");
                System.exit(1);
            }
            openWindow(args);
            return;
        }
        System.exit(RenditionCommand.run(args));
    }

    private static void openWindow(String[] args) {
        try {
            WorkstationLauncher.main(args);
        } catch (WorkstationLauncher.MissingLibrariesException e) {
            System.err.println("rendition: " + e.getMessage());
            System.exit(1);
        } catch (UnsupportedOperationException e) {
            // JavaFX's way of saying it cannot reach a screen (a server, an SSH session without X).
            System.err.println("rendition: " + (hasDisplay()
                    ? "the window could not open on the display " + display() + " (" + e.getMessage()
                            + "); check that this user may use that display (xhost, XAUTHORITY)"
                    : "the workstation needs a display, and none was found (" + e.getMessage() + ")")
                    + ". Without a window, use a command: " + commandName() + " --help");
            System.exit(1);
        }
    }

    private static boolean hasDisplay() {
        return !display().isEmpty();
    }

    private static String display() {
        String x = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return x != null && !x.isBlank() ? x : wayland != null && !wayland.isBlank() ? wayland : "";
    }

    /** How the user started us: the installed launcher sets jpackage.app-path, the jar does not. */
    private static String commandName() {
        return System.getProperty("jpackage.app-path") != null ? "rendition" : "java -jar rendition.jar";
    }
}
