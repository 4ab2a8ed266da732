package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rendition.text.Language;
import org.rendition.workflow.inspect.DocumentInspection;
import org.rendition.workflow.inspect.InspectedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rendition inspect PATH...}: what each document is, before anyone translates it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Describe documents or every file in folders: format, languages, sentences, and whether each "
                + "is scanned, encrypted or damaged. Reads each file once; translates nothing.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--json", description = "One JSON object with a \"documents\" array, for other tools.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<InspectedDocument.Status, Integer> counts = new EnumMap<>(InspectedDocument.Status.class);
        boolean[] first = {true};
        if (json) {
            out.println("{\"documents\": [");
        }
        new DocumentInspection().inspect(paths, document -> {
            counts.merge(document.status(), 1, Integer::sum);
            if (json) {
                out.print(first[0] ? "  " : ",\n  ");
                out.print(json(document));
            } else {
                out.println(line(document));
            }
            first[0] = false;
            out.flush();
        });
        if (json) {
            out.println("\n]}");
        } else {
            out.println(counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                    .collect(Collectors.joining(", ", "Inspected " + counts.values().stream()
                            .mapToInt(Integer::intValue).sum() + " files: ", ".")));
        }
        out.flush();
        return 0;
    }

    private static String line(InspectedDocument document) {
        String languages = document.languages().isEmpty() ? "-"
                : document.languages().stream().map(Language::iso1).collect(Collectors.joining(","));
        String warning = document.warnings().isEmpty() ? "" : "  " + document.warnings().get(0);
        // A mixed document says how its sentences divide: "ru 12, ar 5".
        String mixed = document.segmentsByLanguage().size() < 2 ? ""
                : document.segmentsByLanguage().entrySet().stream().map(e -> e.getKey().iso1() + " " + e.getValue())
                        .collect(Collectors.joining(", ", " (", ")"));
        // An e-mail's attachments follow on lines of their own, numbered as translate --attachment takes them.
        String attachments = document.attachments().stream().map(a -> String.format("%n    attachment %d: %s%s",
                a.number(), a.label(), a.translatable() ? " (translate --attachment " + a.number() + ")" : ""))
                .collect(Collectors.joining());
        return String.format("%s  %s  %s  %s  %d sentences%s%s%s", document.file(), document.format(),
                document.status().label(), languages, document.segments(), mixed, warning, attachments);
    }

    private static String json(InspectedDocument document) {
        return "{\"file\": " + quoted(document.file().toString())
                + ", \"format\": " + quoted(document.format())
                + ", \"status\": " + quoted(document.status().label())
                + ", \"scanned\": " + (document.status() == InspectedDocument.Status.SCANNED)
                + ", \"encrypted\": " + (document.status() == InspectedDocument.Status.ENCRYPTED)
                + ", \"damaged\": " + (document.status() == InspectedDocument.Status.DAMAGED)
                + ", \"languages\": [" + document.languages().stream().map(l -> quoted(l.iso1()))
                        .collect(Collectors.joining(", ")) + "]"
                + ", \"segments\": " + document.segments()
                + ", \"languageSegments\": {" + document.segmentsByLanguage().entrySet().stream()
                        .map(e -> quoted(e.getKey().iso1()) + ": " + e.getValue()).collect(Collectors.joining(", "))
                        + "}"
                + ", \"warnings\": [" + document.warnings().stream().map(InspectCommand::quoted)
                        .collect(Collectors.joining(", ")) + "]"
                + ", \"attachments\": [" + document.attachments().stream().map(a -> "{\"number\": " + a.number()
                        + ", \"name\": " + quoted(a.name()) + ", \"type\": " + quoted(a.mimeType()) + ", \"size\": "
                        + a.size() + ", \"translatable\": " + a.translatable() + "}")
                        .collect(Collectors.joining(", ")) + "]}";
    }

    /** A JSON string, escaped as the translate command's JSON is. */
    private static String quoted(String text) {
        return TranslationJson.string(text);
    }
}
