package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.Languages;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Guard;
import org.rendition.workflow.profile.HistoryCheck;
import org.rendition.workflow.profile.JobEvents;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.RoleGate;
import org.rendition.workflow.profile.TranslationJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rendition.history.EventKind;
import org.rendition.history.HashChain;
import org.rendition.history.HistoryEvent;
import org.rendition.history.HistoryRecord;
import org.rendition.history.Verification;
import org.rendition.store.Database;
import org.rendition.store.HistoryStore;

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
        HistoryEvent start = new HistoryEvent(EventKind.JOB_STARTED, UUID.randomUUID().toString(), Instant.now(),
                actor.user(), document, Languages.normalize(sourceLang), Languages.normalize(targetLang), modelName,
                modelHash, null, null, null, null, List.of(), List.of(), actor.rolesLabel(), classification, null);
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
        return Guard.call(() -> {
            HashChain.Verifier verifier = new HashChain.Verifier();
            store.forEach(verifier::check);
            return verifier.result(store.head());
        });
    }
}
