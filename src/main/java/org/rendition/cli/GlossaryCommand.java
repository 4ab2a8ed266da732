package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rendition.glossary.GlossaryInfo;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.workflow.profile.UserProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rendition glossary}: glossaries. */
@Command(name = "glossary", mixinStandardHelpOptions = true, description = "Glossaries: import, export, list.",
        subcommands = {GlossaryCommand.Import.class, GlossaryCommand.Export.class, GlossaryCommand.ListTerms.class})
public final class GlossaryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a glossary from CSV, TSV or TBX (chosen by the file extension).")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "FILE", description = "A .csv, .tsv or .tbx file.")
        Path file;
        @Option(names = "--name", description = "Glossary to add to (default: the file name).")
        String name;
        @Option(names = {"-f", "--from"}, paramLabel = "LANG", description = "Source language, where the file gives none.")
        String from;
        @Option(names = {"-t", "--to"}, paramLabel = "LANG", description = "Target language, where the file gives none.")
        String to;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    int n = profile.glossary().importFile(file, name, from, to);
                    spec.commandLine().getOut().printf("Imported %d terms from %s.%n", n, file);
                }
                return 0;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export glossary terms to CSV, TSV or TBX (chosen by the file extension).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "FILE", description = "A .csv, .tsv or .tbx file to write.")
        Path file;
        @Option(names = "--name", description = "Only this glossary (default: all).")
        String name;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    int n = profile.glossary().exportFile(file, name);
                    spec.commandLine().getOut().printf("Exported %d terms to %s.%n", n, file);
                }
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the glossaries, or with --name the terms of one.")
    static final class ListTerms implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Option(names = "--name", description = "The glossary whose terms to list.")
        String name;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                PrintWriter out = spec.commandLine().getOut();
                try (UserProfile profile = db.open()) {
                    if (name == null) {
                        for (GlossaryInfo g : profile.glossary().glossaries()) {
                            out.printf("%s\t%d terms%n", g.name(), g.terms());
                        }
                    } else {
                        for (GlossaryTerm t : profile.glossary().terms(name)) {
                            out.printf("%s → %s\t%s-%s%s%s%s%n", t.source(), t.target(), t.sourceLang(), t.targetLang(),
                                    t.doNotTranslate() ? "\tdo not translate" : "",
                                    t.forbidden().isEmpty() ? "" : "\tnot: " + String.join(", ", t.forbidden()),
                                    t.note() == null ? "" : "\t" + t.note());
                        }
                    }
                }
                return 0;
            });
        }
    }
}
