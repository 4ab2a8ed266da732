package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code rendition} command; subcommands do the work. */
@Command(name = "rendition", mixinStandardHelpOptions = true, versionProvider = RenditionCommand.Version.class,
        description = "Offline translation workstation: neural machine translation, translation memory "
                + "and glossaries, with no network.",
        subcommands = {TranslateCommand.class, InspectCommand.class, ModelsCommand.class, TmCommand.class,
                GlossaryCommand.class, HistoryCommand.class, ReviewCommand.class, TeamCommand.class, BenchCommand.class,
                DoctorCommand.class, QaCommand.class})
public final class RenditionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code --version}: the version the build wrote, the same About shows. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rendition " + org.rendition.workflow.ProductVersion.current()};
        }
    }

    /**
     * The document {@code rendition report.docx} asks the window to open: one argument that is
     * neither an option nor a command. Empty for anything else, which the command line handles.
     */
    public static java.util.Optional<java.nio.file.Path> documentToOpen(String... args) {
        // The commands' names from their annotations: building picocli's whole model here would
        // cost the window's start most of a second.
        boolean command = java.util.Arrays.stream(RenditionCommand.class.getAnnotation(Command.class).subcommands())
                .anyMatch(c -> c.getAnnotation(Command.class).name().equals(args.length == 1 ? args[0] : ""));
        if (args.length != 1 || args[0].startsWith("-") || command) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.nio.file.Path.of(args[0]));
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

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
        } catch (OutOfMemoryError e) {
            // The last net: each reader has its own budget, but no input may end in a trace.
            err.println("rendition: the command ran out of memory (Java may use "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB here); the input is too large for it. "
                    + "Split the input, or give Java more memory with -Xmx.");
            return PlainErrorHandler.USER_ERROR;
        } catch (StackOverflowError e) {
            err.println("rendition: the input is nested too deeply to be read.");
            return PlainErrorHandler.USER_ERROR;
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
