package org.rendition.workflow.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryAnchor;
import org.rendition.history.HistoryEvent;
import org.rendition.history.HistoryRecord;
import org.rendition.store.Database;
import org.rendition.store.HistoryStore;
import org.rendition.workflow.ReadableTime;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Guard;
import org.rendition.workflow.profile.HistoryCheck;
import org.rendition.workflow.profile.HistoryService;
import org.rendition.workflow.profile.JobEvents;
import org.rendition.workflow.profile.OwnerOnlyFiles;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.RoleGate;
import org.rendition.workflow.profile.UserProfile;

/**
 * Supervisors' review of translated documents, with role checks: an analyst sees and changes only
 * their own documents and cannot approve; a supervisor sees everyone's, approves them or returns
 * them with a comment, and their edits are recorded as theirs. Every step and every refused
 * attempt goes into the hash-chained history. Obtain it from {@link UserProfile#review()}.
 */
public final class ReviewService {
    private final HistoryStore store;
    private final Actor actor;
    private final ClassificationScheme scheme;
    private final HistoryService history;
    private final RoleGate gate;

    /** Review over {@code profile}'s history, acting as its user; the profile stays open while this is used. */
    public static ReviewService of(UserProfile profile) {
        return new ReviewService(profile.database(), profile.actor(), profile.classificationScheme(), profile.history());
    }

    private ReviewService(Database database, Actor actor, ClassificationScheme scheme, HistoryService history) {
        this.store = new HistoryStore(database);
        this.actor = actor;
        this.scheme = scheme;
        this.history = history;
        this.gate = new RoleGate(store, actor);
    }

    /** Who is reviewing, with their roles. */
    public Actor actor() {
        return actor;
    }

    public ClassificationScheme classificationScheme() {
        return scheme;
    }

    private boolean supervisor() {
        return actor.is(Role.SUPERVISOR);
    }

    /**
     * The documents the filter selects, newest first: a supervisor's from everyone, an analyst's
     * from themselves only.
     *
     * @throws RoleRefusedException if an analyst asks for another analyst's documents
     */
    public List<ReviewSummary> documents(ReviewFilter filter) {
        gate.require(supervisor() || filter.analyst() == null || filter.analyst().equals(actor.user()), null,
                "list the documents of " + filter.analyst(), "Only a supervisor can see other analysts' work.");
        ReviewFilter own = supervisor() ? filter : filter.withAnalyst(actor.user());
        List<ReviewSummary> result = new ArrayList<>();
        for (ReviewedJob job : replayAll().values()) {
            ReviewSummary summary = job.summary();
            if (own.matches(summary) && job.anySegmentText(own)) {
                result.add(summary);
            }
        }
        result.sort((a, b) -> b.started().compareTo(a.started()));
        return result;
    }

    /**
     * The user's own newest job on {@code document} in this language pair that is not approved
     * (in progress, submitted or returned): reopening the document continues it instead of
     * starting a second one.
     */
    public Optional<OpenJob> openJob(String document, String sourceLang, String targetLang) {
        return openJob(document, rowsOf(document), job -> sourceLang.equals(job.summary().sourceLang())
                && targetLang.equals(job.summary().targetLang()));
    }

    /** The user's own newest job on {@code document}, in any language pair, that is not approved. */
    public Optional<OpenJob> openJob(String document) {
        return openJob(document, rowsOf(document), job -> true);
    }

    /**
     * What reopening {@code document} needs, from one read of its history rows: the user's job to
     * continue ({@link #openJob(String)}) and the marking it was last given ({@link #latestMarking}).
     */
    public Reopened reopen(String document) {
        List<HistoryRecord> rows = rowsOf(document);
        return new Reopened(openJob(document, rows, job -> true), latestMarking(rows));
    }

    /**
     * @param job     the user's own unapproved job on the document, if any
     * @param marking the marking anyone last gave the document, if any
     */
    public record Reopened(Optional<OpenJob> job, Optional<Classification> marking) {
    }

    private List<HistoryRecord> rowsOf(String document) {
        return Guard.call(() -> store.document(document));
    }

    private Optional<OpenJob> openJob(String document, List<HistoryRecord> rows,
                                      java.util.function.Predicate<ReviewedJob> pair) {
        return replay(rows).values().stream()
                .filter(job -> job.summary().analyst().equals(actor.user())
                        && document.equals(job.summary().document()) && pair.test(job)
                        && job.summary().status() != ReviewStatus.APPROVED)
                .max(Comparator.comparing(job -> job.summary().started()))
                .map(job -> {
                    Map<Integer, String> machine = new HashMap<>();
                    Map<Integer, List<ReviewNote>> notes = new HashMap<>();
                    job.document().segments().forEach(s -> {
                        if (s.machineOutput() != null && !s.machineOutput().isEmpty()) {
                            machine.put(s.index(), s.machineOutput());
                        }
                        if (!s.notes().isEmpty()) {
                            notes.put(s.index(), s.notes());
                        }
                    });
                    return new OpenJob(job.summary(), machine, notes);
                });
    }

    /**
     * A document with every segment's machine output, final text and diff.
     *
     * @throws RoleRefusedException if an analyst opens another analyst's document
     */
    public ReviewDocument open(String jobId) {
        ReviewedJob job = visible(jobId, "open");
        return job.document();
    }

    /** The analyst hands their document to a supervisor, with an optional note. */
    public void submit(String jobId, String comment) {
        ReviewedJob job = replay(jobId);
        gate.require(job.analyst().equals(actor.user()), job.start(), "submit " + describe(job) + " for review",
                "Only the analyst who translated a document can submit it for review.");
        if (job.status() == ReviewStatus.SUBMITTED || job.status() == ReviewStatus.APPROVED) {
            throw new WorkflowException(describe(job) + " is already " + job.status().label() + ".");
        }
        append(EventKind.REVIEW_SUBMITTED, job, null, null, null, null, comment);
    }

    /**
     * A supervisor approves the document as it stands.
     *
     * @throws RoleRefusedException if the user is not a supervisor
     */
    public void approve(String jobId, String comment) {
        ReviewedJob job = replay(jobId);
        gate.require(supervisor(), job.start(), "approve " + describe(job), "Only a supervisor can approve a document.");
        if (job.status() == ReviewStatus.APPROVED) {
            throw new WorkflowException(describe(job) + " is already approved.");
        }
        append(EventKind.REVIEW_APPROVED, job, null, null, null, null, comment);
    }

    /**
     * A supervisor sends the document back to its analyst, saying what to change.
     *
     * @throws RoleRefusedException if the user is not a supervisor
     */
    public void returnToAnalyst(String jobId, String comment) {
        ReviewedJob job = replay(jobId);
        gate.require(supervisor(), job.start(), "return " + describe(job), "Only a supervisor can return a document.");
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("Say what the analyst should change: a returned document needs a comment.");
        }
        append(EventKind.REVIEW_RETURNED, job, null, null, null, null, comment.strip());
    }

    /**
     * Changes a segment's target. The analyst may change their own documents; a supervisor may
     * change anyone's, and the change is recorded under the supervisor's name.
     */
    public void editSegment(String jobId, int index, String target) {
        ReviewedJob job = visible(jobId, "edit");
        ReviewSegment segment = job.segment(index).orElseThrow(() -> noSegment(job, index));
        append(EventKind.SEGMENT_EDITED, job, index, segment.source(), segment.machineOutput(), target, null);
    }

    /**
     * Leaves a comment on the whole document ({@code segmentIndex} null) or on one segment. The
     * analyst may comment on their own documents, a supervisor on anyone's; the status does not
     * change, so a supervisor can annotate segments before returning the document.
     */
    public void comment(String jobId, Integer segmentIndex, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException("A comment needs some text.");
        }
        ReviewedJob job = visible(jobId, "comment on");
        String source = null;
        if (segmentIndex != null) {
            source = job.segment(segmentIndex).filter(s -> !s.source().isEmpty())
                    .orElseThrow(() -> noSegment(job, segmentIndex)).source();
        }
        append(EventKind.COMMENT_ADDED, job, segmentIndex, source, null, null, text);
    }

    private static WorkflowException noSegment(ReviewedJob job, int index) {
        return new WorkflowException(describe(job) + " has no segment " + (index + 1) + "; 'review show "
                + job.start().jobId() + "' lists its segments.");
    }

    /** The document's current marking. */
    public Classification classification(String jobId) {
        return scheme.parse(visible(jobId, "open").classification());
    }

    /**
     * Sets the document's marking. Anyone who may edit the document may raise it; lowering the
     * level takes a supervisor.
     *
     * @throws RoleRefusedException if an analyst lowers the marking
     */
    public void classify(String jobId, String label) {
        ReviewedJob job = visible(jobId, "classify");
        Classification wanted = scheme.parse(label);
        Classification current = scheme.parse(job.classification());
        gate.require(supervisor() || !scheme.lowers(current, wanted), job.start(),
                "lower the marking of " + describe(job) + " from " + current + " to " + wanted,
                "Only a supervisor can lower a classification marking.");
        append(EventKind.CLASSIFICATION_SET, job, null, null, null, null, null, wanted.label());
    }

    /**
     * The marking the document named {@code document} was last given, by anyone, so that a
     * reopened document is not silently lowered.
     */
    public java.util.Optional<Classification> latestMarking(String document) {
        return latestMarking(rowsOf(document));
    }

    private Optional<Classification> latestMarking(List<HistoryRecord> rows) {
        String latest = null;
        for (HistoryRecord r : rows) {
            if (r.event().classification() != null) {
                latest = r.event().classification();
            }
        }
        return java.util.Optional.ofNullable(latest).map(scheme::parse);
    }

    /** Checks the hash chain: intact, or the first broken row. */
    public HistoryCheck verify() {
        return history.check();
    }

    /**
     * The audit report of the documents started in [from, to): documents, people, models, edit
     * ratios and review steps, with the chain's verdict.
     *
     * @throws RoleRefusedException if the user is neither a supervisor nor an administrator
     */
    public AuditReport report(Instant from, Instant to) {
        gate.require(supervisor() || actor.is(Role.ADMINISTRATOR), null, "produce the audit report",
                "Only a supervisor or an administrator can produce the audit report.");
        List<ReviewDocument> documents = new ArrayList<>();
        for (ReviewedJob job : replayAll().values()) {
            if (!job.start().at().isBefore(from) && job.start().at().isBefore(to)) {
                documents.add(job.document());
            }
        }
        List<String> refusals = new ArrayList<>();
        store.forEach(r -> {
            HistoryEvent e = r.event();
            if (e.kind() == EventKind.ROLE_REFUSED && !e.at().isBefore(from) && e.at().isBefore(to)) {
                refusals.add("row " + r.sequence() + ", " + ReadableTime.of(e.at()) + ": " + e.comment());
            }
        });
        String marking = scheme.highestLabel(documents.stream()
                .map(d -> scheme.parse(d.summary().classification())).toList());
        return new AuditReport(marking, from, to, Instant.now(), actor.user(), documents, refusals, verify(),
                HistoryAnchor.of(Guard.call(store::head)));
    }

    /** Writes {@link #report} as a web page readable by its owner only. */
    public void writeReport(Instant from, Instant to, Path out) {
        OwnerOnlyFiles.write(out, AuditReportPage.html(report(from, to)));
    }

    private ReviewedJob visible(String jobId, String attempt) {
        ReviewedJob job = replay(jobId);
        gate.require(supervisor() || job.analyst().equals(actor.user()), job.start(),
                attempt + " " + describe(job) + " of " + job.analyst(),
                "Only a supervisor can " + attempt + " another analyst's work.");
        return job;
    }

    private static String describe(ReviewedJob job) {
        return "'" + job.start().document() + "' (job " + job.start().jobId() + ")";
    }

    private void append(EventKind kind, ReviewedJob job, Integer index, String source, String machine,
                        String target, String comment) {
        append(kind, job, index, source, machine, target, comment, job.classification());
    }

    private void append(EventKind kind, ReviewedJob job, Integer index, String source, String machine,
                        String target, String comment, String classification) {
        Guard.call(() -> store.append(JobEvents.of(kind, job.start(), actor, index, source, machine, target,
                classification, comment == null || comment.isBlank() ? null : comment.strip())));
    }

    private ReviewedJob replay(String jobId) {
        ReviewedJob job = null;
        for (HistoryRecord r : Guard.call(() -> store.job(jobId))) {
            if (r.event().kind() == EventKind.JOB_STARTED) {
                job = new ReviewedJob(r.event(), scheme.lowest().label());
            } else if (job != null) {
                job.apply(r.event());
            }
        }
        if (job == null) {
            throw new WorkflowException("There is no document with job '" + jobId
                    + "' in the history; 'review list' shows the documents.");
        }
        return job;
    }

    private Map<String, ReviewedJob> replayAll() {
        Map<String, ReviewedJob> jobs = new LinkedHashMap<>();
        Guard.run(() -> store.forEach(r -> replayInto(jobs, r)));
        return jobs;
    }

    private Map<String, ReviewedJob> replay(List<HistoryRecord> rows) {
        Map<String, ReviewedJob> jobs = new LinkedHashMap<>();
        rows.forEach(r -> replayInto(jobs, r));
        return jobs;
    }

    private void replayInto(Map<String, ReviewedJob> jobs, HistoryRecord r) {
        HistoryEvent e = r.event();
        if (e.kind() == EventKind.JOB_STARTED) {
            jobs.put(e.jobId(), new ReviewedJob(e, scheme.lowest().label()));
        } else if (jobs.containsKey(e.jobId())) {
            jobs.get(e.jobId()).apply(e);
        }
    }
}
