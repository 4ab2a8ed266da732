package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code rendition} command; subcommands do the work. */
@Command(name = "rendition", mixinStandardHelpOptions = true, version = "Rendition 0.1.0",
        description = "Offline translation workstation: neural machine translation, translation memory "
                + "and glossaries, with no network.",
        subcommands = {TranslateCommand.class, InspectCommand.class, ModelsCommand.class, TmCommand.class,
                GlossaryCommand.class, HistoryCommand.class, ReviewCommand.class, TeamCommand.class, BenchCommand.class,
                DoctorCommand.class, QaCommand.class})
public final class RenditionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs a command line and returns the process exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a command line writing to the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RenditionCommand());
        commandLine.setExecutionExceptionHandler(new PlainErrorHandler());
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
