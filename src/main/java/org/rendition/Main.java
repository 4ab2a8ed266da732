package org.rendition;

import org.rendition.cli.RenditionCommand;

/** Entry point of {@code rendition.jar}: a command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RenditionCommand.run(args));
    }
}
