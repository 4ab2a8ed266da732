package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rendition.memory.TmMatch;
import org.rendition.workflow.profile.ImportProgress;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.UserProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rendition tm}: the translation memory. */
@Command(name = "tm", mixinStandardHelpOptions = true, description = "Translation memory: import, export, search.",
        subcommands = {TmCommand.Import.class, TmCommand.Export.class, TmCommand.Search.class})
public final class TmCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a TMX 1.4b file.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "FILE", description = "The TMX file.")
        Path file;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    long[] skipped = {0};
                    long n = profile.memory().importTmx(file, ImportProgress.NONE, warning -> {
                        skipped[0] += warning.unitSkipped() ? 1 : 0;
                        spec.commandLine().getErr().printf("%s: %s%n", warning.unitSkipped() ? "Skipped" : "Repaired",
                            warning);
                    });
                    spec.commandLine().getOut().printf("Imported %d segments from %s%s.%n", n, file,
                            skipped[0] == 0 ? "" : " (" + skipped[0] + " units skipped, see above)");
                }
                return 0;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the memory as TMX 1.4b.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "FILE", description = "The TMX file to write.")
        Path file;
        @Option(names = "--source-lang", paramLabel = "LANG", description = "Only segments in this source language.")
        String sourceLang;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    long n = profile.memory().exportTmx(file, sourceLang);
                    spec.commandLine().getOut().printf("Exported %d segments to %s.%n", n, file);
                }
                return 0;
            });
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Show exact and fuzzy matches for a source sentence, with the differences.")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Option(names = {"-f", "--from"}, required = true, paramLabel = "LANG", description = "Source language.")
        String from;
        @Option(names = {"-t", "--to"}, required = true, paramLabel = "LANG", description = "Target language.")
        String to;
        @Option(names = "--threshold", defaultValue = "75", description = "Lowest fuzzy match percentage (default ${DEFAULT-VALUE}).")
        int threshold;
        @Option(names = "--max", defaultValue = "5", description = "Most fuzzy matches shown (default ${DEFAULT-VALUE}).")
        int max;
        @Parameters(paramLabel = "TEXT", description = "The source sentence.")
        String text;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    TmLookup lookup = profile.memory().lookup(from, to, text, threshold, max);
                    PrintWriter out = spec.commandLine().getOut();
                    if (lookup.best().isEmpty()) {
                        out.printf("No matches at or above %d%%.%n", threshold);
                    }
                    for (TmMatch match : lookup.exact()) {
                        print(out, match);
                    }
                    for (TmMatch match : lookup.fuzzy()) {
                        print(out, match);
                    }
                }
                return 0;
            });
        }

        private static void print(PrintWriter out, TmMatch match) {
            out.printf("%3d%%  %s%n", match.score(), match.entry().target());
            out.printf("      source: %s%n", match.entry().source());
            if (!match.isExact()) {
                out.printf("      changes: %s%n", match.renderedDifferences());
            }
            out.printf("      %s, %s, %s%s%n", match.entry().origin().name().toLowerCase(java.util.Locale.ROOT),
                    match.entry().createdBy(), match.entry().created(),
                    match.entry().document() == null ? "" : ", " + match.entry().document());
        }
    }
}
