package org.rendition;

import org.rendition.cli.RenditionCommand;
import org.rendition.engine.OfflineMode;

/** Entry point of {@code rendition.jar}: a command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OfflineMode.enforce();
        System.exit(RenditionCommand.run(args));
    }
}
