package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rendition.documents.Segment;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;
import org.rendition.workflow.translate.CheckedDocument;
import org.rendition.workflow.translate.ProfileLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rendition qa FILE}: the window's QA for a saved document, from the command line. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Check a saved document for what a reader would not forgive: numbers, dates, times, URLs, "
                + "e-mail addresses and names that differ between source and target, glossary terms missing or "
                + "forbidden terms used, tags missing or extra, untranslated or unconfirmed segments, doubled words, "
                + "spaces and punctuation. FILE is a document translated in the workstation (its saved work is "
                + "checked) or an XLIFF file. Checks: numbers, names, glossary, tags, untranslated, unconfirmed, "
                + "doubled.")
final class QaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A document with work saved in the workstation, or an XLIFF file.")
    Path file;

    @Option(names = {"-f", "--from"}, paramLabel = "LANG",
            description = "Source language (default: the XLIFF file's, or detected).")
    String from;

    @Option(names = {"-t", "--to"}, paramLabel = "LANG",
            description = "Target language (default: the XLIFF file's, else English).")
    String to;

    @Option(names = "--skip", paramLabel = "CHECK", split = ",", description = "Checks to switch off, e.g. "
            + "--skip unconfirmed,doubled.")
    List<String> skipped = List.of();

    @Option(names = "--json", description = "One JSON object with an \"issues\" array, for other tools.")
    boolean json;

    @Mixin
    DatabaseOption database;

    @Option(names = "--no-memory", description = "Check without the profile: no glossary, no saved work (XLIFF only).")
    boolean noMemory;

    @Mixin
    ModelsDirectoryOption models;

    @Override
    public Integer call() throws UserInputException {
        if (!Files.exists(file)) {
            throw new UserInputException("Cannot read '" + file + "': there is no such file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("Cannot check '" + file + "': it is not a document file (a folder or a"
                    + " device). Give a document translated in the workstation, or an XLIFF file.");
        }
        CheckedDocument checked = CheckedDocument.check(models.resolve(),
                noMemory ? ProfileLocation.none() : database.forDocuments(), file,
                Optional.ofNullable(from).map(Language::require), Optional.ofNullable(to).map(Language::require),
                checks());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println("{\"file\": " + TranslationJson.string(checked.name()) + ", \"segments\": "
                    + checked.segments().size() + ", \"issues\": [" + checked.issues().stream()
                            .map(i -> "\n  {\"segment\": " + (i.segment() + 1) + ", "
                                    + AssessmentJson.issue(i).substring(1))
                            .collect(Collectors.joining(",")) + (checked.issues().isEmpty() ? "]}" : "\n]}"));
        } else {
            for (QaIssue issue : checked.issues()) {
                Segment segment = checked.segments().get(issue.segment());
                out.printf("Segment %d [%s]: %s%n    %s%n    %s%n", issue.segment() + 1, issue.check().key(),
                        issue.message(), segment.source(), segment.target());
            }
        }
        out.flush();
        long segmentsWithIssues = checked.issues().stream().mapToInt(QaIssue::segment).distinct().count();
        spec.commandLine().getErr().printf("QA of '%s': %d issue%s in %d of %d segments.%n", checked.name(),
                checked.issues().size(), checked.issues().size() == 1 ? "" : "s", segmentsWithIssues,
                checked.segments().size());
        return 0;
    }

    private Set<QaCheck> checks() throws UserInputException {
        Set<QaCheck> checks = EnumSet.allOf(QaCheck.class);
        for (String name : skipped) {
            checks.remove(QaCheck.byKey(name).orElseThrow(() -> new UserInputException("--skip: there is no check '"
                    + name + "'; the checks are " + EnumSet.allOf(QaCheck.class).stream().map(QaCheck::key)
                            .collect(Collectors.joining(", ")) + ".")));
        }
        return checks;
    }
}
