package org.rendition.workflow;

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
    /** The document name of settings changes in the history. */
    public static final String SETTINGS_DOCUMENT = "settings";

    private final HistoryStore store;
    private final String user;

    HistoryService(Database database, String user) {
        this.store = new HistoryStore(database);
        this.user = user;
    }

    /**
     * Records the start of a job translating {@code document} with the model {@code modelName}
     * whose manifest hashes to {@code modelHash} (both null when no model is used).
     */
    public TranslationJob startJob(String document, String sourceLang, String targetLang, String modelName,
                                   String modelHash) {
        HistoryEvent start = new HistoryEvent(EventKind.JOB_STARTED, UUID.randomUUID().toString(), Instant.now(),
                user, document, Languages.normalize(sourceLang), Languages.normalize(targetLang), modelName,
                modelHash, null, null, null, null, List.of(), List.of());
        Guard.call(() -> store.append(start));
        return new TranslationJob(store, start);
    }

    /**
     * Records that the setting {@code setting} changed from {@code before} to {@code after}; each
     * change is a job of its own, under the document name {@value #SETTINGS_DOCUMENT}.
     */
    public void settingChanged(String setting, String before, String after) {
        HistoryEvent change = new HistoryEvent(EventKind.SETTINGS_CHANGED, UUID.randomUUID().toString(),
                Instant.now(), user, SETTINGS_DOCUMENT, null, null, null, null, null, setting, before, after,
                List.of(), List.of());
        Guard.call(() -> store.append(change));
    }

    /** Continues recording a job started earlier, e.g. after the document was reopened. */
    public TranslationJob resumeJob(String jobId) {
        List<HistoryRecord> rows = Guard.call(() -> store.job(jobId));
        return rows.stream().filter(r -> r.event().kind() == EventKind.JOB_STARTED).findFirst()
                .map(r -> new TranslationJob(store, r.event()))
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

    /** Checks the whole chain; a problem names each edited, deleted or reordered row. */
    public Verification verify() {
        return Guard.call(() -> {
            HashChain.Verifier verifier = new HashChain.Verifier();
            store.forEach(verifier::check);
            return verifier.result(store.head());
        });
    }
}
