package org.rendition.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code rendition} command; subcommands do the work. */
@Command(name = "rendition", mixinStandardHelpOptions = true, version = "Rendition 0.1.0",
        description = "Offline translation workstation: neural machine translation, translation memory "
                + "and glossaries, with no network.",
        subcommands = {TranslateCommand.class, ModelsCommand.class})
public final class RenditionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs a command line and returns the process exit code. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new RenditionCommand());
        commandLine.setExecutionExceptionHandler(new PlainErrorHandler());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
