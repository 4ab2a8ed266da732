package org.rendition.workflow.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rendition.history.EventKind;
import org.rendition.history.HashChain;
import org.rendition.history.HistoryAnchor;
import org.rendition.history.HistoryEvent;
import org.rendition.history.HistoryRecord;
import org.rendition.history.Verification;
import org.rendition.store.Database;
import org.rendition.store.HistoryStore;
import org.rendition.workflow.Languages;
import org.rendition.workflow.WorkflowException;

/**
 * The audit history of a profile: an append-only, hash-chained record of every translation
 * job and segment change. Obtain it from {@link UserProfile#history()}.
 */
public final class HistoryService {
    private final HistoryStore store;
    private final Actor actor;
    private final ClassificationScheme scheme;

    HistoryService(Database database, Actor actor, ClassificationScheme scheme) {
        this.store = new HistoryStore(database);
        this.actor = actor;
        this.scheme = scheme;
    }

    /**
     * Records the start of a job translating {@code document} with the model {@code modelName}
     * whose manifest hashes to {@code modelHash} (both null when no model is used).
     */
    public TranslationJob startJob(String document, String sourceLang, String targetLang, String modelName,
                                   String modelHash) {
        return startJob(document, sourceLang, targetLang, modelName, modelHash, scheme.lowest().label());
    }

    /** Starts a job for a document that already carries the marking {@code classification}. */
    public TranslationJob startJob(String document, String sourceLang, String targetLang, String modelName,
                            String modelHash, String classification) {
        // A new document starts at the scheme's lowest marking; it is recorded so the history alone
        // says what every export carried.
        HistoryEvent start = new HistoryEvent(EventKind.JOB_STARTED, Instant.now(),
                new HistoryEvent.Job(UUID.randomUUID().toString(), document, Languages.normalize(sourceLang),
                        Languages.normalize(targetLang), modelName, modelHash),
                actor.by(), HistoryEvent.SegmentChange.NONE, new HistoryEvent.Review(classification, null));
        Guard.call(() -> store.append(start));
        return new TranslationJob(store, start, actor);
    }

    /** Continues recording a job started earlier, e.g. after the document was reopened. */
    public TranslationJob resumeJob(String jobId) {
        List<HistoryRecord> rows = Guard.call(() -> store.job(jobId));
        return rows.stream().filter(r -> r.event().kind() == EventKind.JOB_STARTED).findFirst()
                .map(r -> new TranslationJob(store, r.event(), actor))
                .orElseThrow(() -> new WorkflowException("There is no job '" + jobId
                        + "' in the history; 'history list' shows the recorded jobs."));
    }

    /** The newest {@code limit} rows, oldest first. */
    public List<HistoryRecord> latest(int limit) {
        return Guard.call(() -> store.latest(limit));
    }

    /** Every row of one job. */
    public List<HistoryRecord> job(String jobId) {
        return Guard.call(() -> store.job(jobId));
    }

    /** One row by its sequence number. */
    public HistoryRecord row(long sequence) {
        return Guard.call(() -> store.get(sequence)).orElseThrow(() -> new WorkflowException(
                "There is no history row " + sequence + "; 'history list' shows the rows."));
    }

    /**
     * Records a change of setting in the hash chain, so an auditor sees who changed what and when:
     * {@code source} names the setting, {@code machineOutput} and {@code finalText} hold the value
     * before and after, and the comment says the same in words for the audit report.
     */
    public void settingChanged(String name, String oldValue, String newValue) {
        Guard.call(() -> store.append(JobEvents.of(EventKind.SETTING_CHANGED, null, actor, null, name, oldValue,
                newValue, null, name + ": " + oldValue + " → " + newValue)));
    }

    /**
     * Refuses, and records the attempt, unless the user is an administrator: settings shared by
     * everyone and model packs are theirs to change.
     *
     * @throws RoleRefusedException if the user is not an administrator
     */
    public void requireAdministrator(String attempt) {
        new RoleGate(store, actor).require(actor.is(Role.ADMINISTRATOR), null, attempt,
                "Only an administrator can " + attempt + ".");
    }

    /** Keeps in the history that the user tried {@code attempt}, which was ignored. */
    public void recordRefusedAttempt(String attempt) {
        gate().record(null, attempt);
    }

    /** Refuses what the user's role does not allow, recording the attempt. */
    public RoleGate gate() {
        return new RoleGate(store, actor);
    }

    /** The check of the whole chain as the review view and the command line report it. */
    public HistoryCheck check() {
        return HistoryCheck.of(verify());
    }

    /** Checks the whole chain; a problem names each edited, deleted or reordered row. */
    public Verification verify() {
        return verify(List.of());
    }

    /**
     * Checks the whole chain, and that it still holds each of {@code anchors} (heads written on
     * earlier reports): a chain cut short after an anchor, or rewritten up to one, is named even
     * when what remains is consistent. An empty chain beside saved document work is named as wiped.
     */
    public Verification verify(List<HistoryAnchor> anchors) {
        return Guard.call(() -> {
            HashChain.Verifier verifier = new HashChain.Verifier();
            Map<Long, String> hashes = new HashMap<>();
            anchors.forEach(anchor -> hashes.put(anchor.sequence(), null));
            long[] last = {0};
            store.forEach(record -> {
                verifier.check(record);
                last[0] = record.sequence();
                if (hashes.containsKey(record.sequence())) {
                    hashes.put(record.sequence(), record.hash());
                }
            });
            Verification chain = verifier.result(store.head());
            List<Verification.Problem> problems = new ArrayList<>(chain.problems());
            for (HistoryAnchor anchor : anchors) {
                String found = hashes.get(anchor.sequence());
                if (found == null) {
                    problems.add(new Verification.Problem(anchor.sequence(), "The history ends at row " + last[0]
                            + ", but an anchor names row " + anchor.sequence() + ": the rows after " + last[0]
                            + " were deleted."));
                } else if (!found.equals(anchor.hash())) {
                    problems.add(new Verification.Problem(anchor.sequence(), "Row " + anchor.sequence()
                            + " is not the row its anchor recorded: the history was rewritten up to it."));
                }
            }
            long saved = store.savedSegments();
            if (chain.rowsChecked() == 0 && saved > 0) {
                problems.add(new Verification.Problem(0, "The history is empty, but the profile holds " + saved
                        + " saved segments of documents worked on: its rows were deleted."));
            }
            return new Verification(chain.rowsChecked(), problems);
        });
    }

    /** The head of the history now, to write where the database cannot reach it. */
    public HistoryAnchor anchor() {
        return HistoryAnchor.of(Guard.call(store::head));
    }
}
