package org.rendition.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rendition.workflow.ReadableTime;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewComment;
import org.rendition.workflow.review.ReviewDocument;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rendition review}: supervisors' review of translated documents, as the roles file allows. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review translated documents: list, show, submit, approve, return, edit, comment, classify.",
        subcommands = {ReviewCommand.ListDocuments.class, ReviewCommand.Show.class, ReviewCommand.Submit.class,
                ReviewCommand.Approve.class, ReviewCommand.Return.class, ReviewCommand.Edit.class,
                ReviewCommand.Comment.class, ReviewCommand.Classify.class})
public final class ReviewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the profile as the OS user, telling them when there is no roles file. */
    static UserProfile open(DatabaseOption db, CommandSpec spec) {
        UserProfile profile = db.open();
        profile.rolesNotice().ifPresent(notice -> spec.commandLine().getErr().println("rendition: " + notice));
        return profile;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List documents, newest first: everyone's for a supervisor, your own for an analyst.")
    static final class ListDocuments implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Option(names = "--analyst", description = "Only this analyst's documents.")
        String analyst;
        @Option(names = "--from", description = "Started on or after: 2026-11-16, an instant, or 7d (days ago).")
        String from;
        @Option(names = "--to", description = "Started before the end of this day (or before this instant).")
        String to;
        @Option(names = "--source", description = "Source language, e.g. ru.")
        String source;
        @Option(names = "--target", description = "Target language, e.g. en.")
        String target;
        @Option(names = "--model", description = "Model pack name.")
        String model;
        @Option(names = "--status", description = "in-progress, submitted, returned or approved.")
        String status;
        @Option(names = "--classification", description = "Marking, e.g. SECRET.")
        String classification;
        @Option(names = "--text", description = "Text in a source, machine output or final text.")
        String text;

        @Override
        public Integer call() throws Exception {
            ReviewFilter filter = ReviewFilter.ALL.withAnalyst(analyst)
                    .withDates(from == null ? null : Dates.from(from), to == null ? null : Dates.to(to))
                    .withLanguages(source, target).withModel(model)
                    .withStatus(status == null ? null : ReviewStatus.parse(status))
                    .withClassification(classification).withText(text);
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = open(db, spec)) {
                    PrintWriter out = spec.commandLine().getOut();
                    for (ReviewSummary s : ReviewService.of(profile).documents(filter)) {
                        out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\tedited %d/%d\t%s%n", s.jobId(),
                                ReadableTime.of(s.started()),
                                s.analyst(), s.document(), s.languagePair(), s.model(), s.classification(),
                                s.status().label(), s.editedSegments(), s.segments(), percent(s.editRatio()));
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a document: per segment the source, the machine output, the final text, the diff,"
                    + " the edit ratio and the comments.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "JOB", description = "The job, as 'review list' shows it.")
        String job;
        @Option(names = "--changed", description = "Only the segments changed since the document was last returned,"
                + " with what they said then.")
        boolean changed;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                try (UserProfile profile = open(db, spec)) {
                    ReviewDocument d = ReviewService.of(profile).open(job);
                    ReviewSummary s = d.summary();
                    PrintWriter out = spec.commandLine().getOut();
                    out.printf("%s (job %s)%n", s.document(), s.jobId());
                    out.printf("analyst %s, started %s, %s, model %s%n", s.analyst(), ReadableTime.of(s.started()),
                            s.languagePair(),
                            s.model().isEmpty() ? "(none)" : s.model());
                    out.printf("classification %s, status %s, edit ratio %s%n", s.classification(),
                            s.status().label(), percent(s.editRatio()));
                    for (ReviewComment c : d.reviewSteps()) {
                        out.printf("%s by %s at %s%s%n", c.outcome().label(), c.user(), ReadableTime.of(c.at()),
                                c.comment().isEmpty() ? "" : ": " + c.comment());
                    }
                    d.notes().forEach(n -> out.printf("comment by %s at %s: %s%n", n.user(), ReadableTime.of(n.at()),
                            n.text()));
                    List<ReviewSegment> shown = changed ? d.changedSinceReturn() : d.segments();
                    if (changed) {
                        out.printf("%d segment(s) changed since the last return%n", shown.size());
                    }
                    shown.forEach(segment -> printSegment(out, segment, changed));

                }
                return 0;
            });
        }
    }

    private static void printSegment(PrintWriter out, ReviewSegment segment, boolean sinceReturn) {
        out.printf("%n#%d  edit ratio %s%s%s%n", segment.number(), percent(segment.editRatio()),
                segment.editedBy().isEmpty() ? "" : ", last edited by " + segment.editedBy(),
                segment.changedSinceReturn() ? ", changed since the return" : "");
        out.printf("  source:  %s%n  machine: %s%n  final:   %s%n  diff:    %s%n", segment.source(),
                segment.machineOutput(), segment.finalText(), segment.renderedDiff());
        if (sinceReturn) {
            segment.sinceReturn().ifPresent(r -> out.printf("  at return: %s%n  since:   %s%n", r.textAtReturn(),
                    r.renderedDiff()));
        }
        segment.notes().forEach(n -> out.printf("  comment by %s at %s: %s%n", n.user(), ReadableTime.of(n.at()),
                n.text()));
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Hand your document to a supervisor for review.")
    static final class Submit implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "JOB")
        String job;
        @Option(names = "--comment", description = "A note for the supervisor.")
        String comment;

        @Override
        public Integer call() throws Exception {
            return act(spec, db, review -> review.submit(job, comment), "Submitted %s for review.", job);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve a document (supervisors).")
    static final class Approve implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "JOB")
        String job;
        @Option(names = "--comment", description = "Why, if worth saying.")
        String comment;

        @Override
        public Integer call() throws Exception {
            return act(spec, db, review -> review.approve(job, comment), "Approved %s.", job);
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true,
            description = "Return a document to its analyst with a comment (supervisors).")
    static final class Return implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(paramLabel = "JOB")
        String job;
        @Option(names = "--comment", required = true, description = "What the analyst should change.")
        String comment;

        @Override
        public Integer call() throws Exception {
            return act(spec, db, review -> review.returnToAnalyst(job, comment), "Returned %s to its analyst.", job);
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change a segment's target; a supervisor's change is recorded as theirs.")
    static final class Edit implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(index = "0", paramLabel = "JOB")
        String job;
        @Parameters(index = "1", paramLabel = "SEGMENT", description = "The segment number (from 1), as"
                + " 'review show' shows it.")
        int segment;
        @Parameters(index = "2", paramLabel = "TARGET", description = "The new target text.")
        String target;

        @Override
        public Integer call() throws Exception {
            int index = segmentIndex(segment);
            return act(spec, db, review -> review.editSegment(job, index, target), "Segment %d of %s changed.",
                    segment, job);
        }
    }

    @Command(name = "comment", mixinStandardHelpOptions = true,
            description = "Comment on a document or, with --segment, on one of its segments; the status stays.")
    static final class Comment implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(index = "0", paramLabel = "JOB")
        String job;
        @Parameters(index = "1", paramLabel = "TEXT", description = "The comment.")
        String text;
        @Option(names = "--segment", paramLabel = "N", description = "The segment number (from 1), as 'review show'"
                + " shows it.")
        Integer segment;

        @Override
        public Integer call() throws Exception {
            Integer index = segment == null ? null : segmentIndex(segment);
            return act(spec, db, review -> review.comment(job, index, text), "Comment added to %s.",
                    segment == null ? job : "segment " + segment + " of " + job);
        }
    }

    /** People number segments from 1, as the editor does; the history stores positions from 0. */
    static int segmentIndex(int number) throws UserInputException {
        if (number < 1) {
            throw new UserInputException("Segments are numbered from 1, as 'review show' lists them; " + number
                    + " is not a segment number.");
        }
        return number - 1;
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "Set a document's classification marking; lowering it takes a supervisor.")
    static final class Classify implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption db;
        @Parameters(index = "0", paramLabel = "JOB")
        String job;
        @Parameters(index = "1", paramLabel = "MARKING", description = "e.g. \"OFFICIAL-SENSITIVE PERSONAL\".")
        String marking;

        @Override
        public Integer call() throws Exception {
            return act(spec, db, review -> review.classify(job, marking), "%s is now marked %s.", job,
                    marking.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Runs one review step as the OS user and confirms it in one line. */
    static int act(CommandSpec spec, DatabaseOption db, java.util.function.Consumer<ReviewService> step,
                   String confirmation, Object... arguments) throws Exception {
        return CommandErrors.run(spec, () -> {
            try (UserProfile profile = open(db, spec)) {
                step.accept(ReviewService.of(profile));
                spec.commandLine().getOut().printf(confirmation + "%n", arguments);
            }
            return 0;
        });
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
