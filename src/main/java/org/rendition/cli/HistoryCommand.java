package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rendition.history.HistoryAnchor;
import org.rendition.history.HistoryEvent;
import org.rendition.history.HistoryRecord;
import org.rendition.history.Verification;
import org.rendition.workflow.ReadableTime;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rendition history}: the audit history. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Audit history: list, show, verify, report.",
        subcommands = {HistoryCommand.ListRows.class, HistoryCommand.Show.class, HistoryCommand.Verify.class,
                HistoryCommand.Anchor.class, HistoryCommand.Report.class})
public final class HistoryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the newest history rows.")
    static final class ListRows implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Option(names = "--limit", defaultValue = "20", description = "How many rows (default ${DEFAULT-VALUE}).")
        int limit;
        @Option(names = "--job", description = "Only the rows of this job.")
        String job;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    List<HistoryRecord> rows = job == null ? profile.history().latest(limit) : profile.history().job(job);
                    for (HistoryRecord r : rows) {
                        HistoryEvent e = r.event();
                        spec.commandLine().getOut().printf("%d\t%s\t%s\t%s\t%s\t%s%s%n", r.sequence(),
                                ReadableTime.of(e.at()), e.user(),
                                e.kind(), e.jobId(), e.document() == null ? "" : e.document(),
                                e.segmentIndex() == null ? "" : "\tsegment " + (e.segmentIndex() + 1));
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show every field of one history row.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "ROW", description = "The row number, as 'history list' shows it.")
        long sequence;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    HistoryRecord r = profile.history().row(sequence);
                    HistoryEvent e = r.event();
                    PrintWriter out = spec.commandLine().getOut();
                    field(out, "row", r.sequence());
                    field(out, "kind", e.kind());
                    field(out, "job", e.jobId());
                    field(out, "when", ReadableTime.of(e.at()) + " (" + e.at() + ", as hashed)");
                    field(out, "user", e.user());
                    field(out, "document", e.document());
                    field(out, "languages", e.sourceLang() + " → " + e.targetLang());
                    field(out, "model", e.modelName());
                    field(out, "model hash", e.modelHash());
                    field(out, "segment", e.segmentIndex() == null ? null : e.segmentIndex() + 1);
                    field(out, "source", e.source());
                    field(out, "machine output", e.machineOutput());
                    field(out, "final text", e.finalText());
                    field(out, "TM hits", String.join("; ", e.tmHits()));
                    field(out, "glossary hits", String.join("; ", e.glossaryHits()));
                    field(out, "role", e.role());
                    field(out, "classification", e.classification());
                    field(out, "comment", e.comment());
                    field(out, "previous hash", r.previousHash());
                    field(out, "hash", r.hash());
                }
                return 0;
            });
        }

        private static void field(PrintWriter out, String name, Object value) {
            if (value != null && !value.toString().isEmpty()) {
                out.printf("%-15s %s%n", name + ":", value);
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the hash chain; names every edited or deleted row. Exit status 1 if any.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Option(names = "--anchor", paramLabel = "LINE",
                description = "An anchor line printed by 'history anchor' (History anchor: row N, SHA-256 H);"
                        + " the chain must still hold that row. Repeatable.")
        List<String> anchors = new ArrayList<>();
        @Option(names = "--anchor-file", paramLabel = "FILE",
                description = "A file holding anchor lines (an audit report, a note); each must still hold. Repeatable.")
        List<Path> anchorFiles = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                List<HistoryAnchor> expected = new ArrayList<>();
                anchors.forEach(line -> expected.addAll(HistoryAnchor.findIn(line)));
                for (Path file : anchorFiles) {
                    expected.addAll(HistoryAnchor.findIn(Files.readString(file)));
                }
                if (expected.size() < anchors.size()) {
                    throw new UserInputException("An --anchor is not a line printed by 'rendition history anchor'.");
                }
                try (UserProfile profile = db.open()) {
                    Verification v = profile.history().verify(expected);
                    if (v.intact()) {
                        spec.commandLine().getOut().printf("History intact: %d rows checked%s.%n", v.rowsChecked(),
                                expected.isEmpty() ? "" : ", " + expected.size() + " anchor"
                                        + (expected.size() == 1 ? "" : "s") + " held");
                        return 0;
                    }
                    for (Verification.Problem p : v.problems()) {
                        spec.commandLine().getOut().println(p.description());
                    }
                    spec.commandLine().getErr().printf("The history has been tampered with: %d problem%s found in %d rows.%n",
                            v.problems().size(), v.problems().size() == 1 ? "" : "s", v.rowsChecked());
                    return CommandErrors.FAILED;
                }
            });
        }
    }

    @Command(name = "anchor", mixinStandardHelpOptions = true,
            description = "Print the history's head as a line to keep outside the database (filed, printed);"
                    + " 'history verify --anchor LINE' later shows no row up to it was deleted or rewritten.")
    static final class Anchor implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = db.open()) {
                    spec.commandLine().getOut().println(profile.history().anchor());
                    return 0;
                }
            });
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write the audit report of a period as a web page: documents, people, models, edit ratios,"
                    + " approvals, refused attempts and the chain's verdict.")
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Option(names = "--from", required = true, description = "From: 2026-11-01, an instant, or 30d (days ago).")
        String from;
        @Option(names = "--to", description = "To the end of this day, or this instant (default: now).")
        String to;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The report, e.g. audit.html.")
        java.nio.file.Path out;

        @Override
        public Integer call() throws Exception {
            java.time.Instant start = Dates.from(from);
            // Up to now by default: what an auditor asking for "the last 30 days" means.
            java.time.Instant end = to == null ? java.time.Instant.now().plusSeconds(1) : Dates.to(to);
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = ReviewCommand.open(db, spec)) {
                    ReviewService.of(profile).writeReport(start, end, out);
                    spec.commandLine().getOut().printf("Audit report written to %s.%n", out);
                }
                return 0;
            });
        }
    }
}
