package org.rendition.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code rendition} command; subcommands do the work. */
@Command(name = "rendition", mixinStandardHelpOptions = true, version = "Rendition 0.1.0",
        subcommands = {TmCommand.class, GlossaryCommand.class, HistoryCommand.class},
        description = "Offline translation workstation.")
public final class RenditionCommand implements Runnable {

    public static int run(String... args) {
        return new CommandLine(new RenditionCommand()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
