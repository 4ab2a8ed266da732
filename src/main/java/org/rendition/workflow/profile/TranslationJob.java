package org.rendition.workflow.profile;

import java.time.Instant;
import java.util.List;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryEvent;
import org.rendition.store.HistoryStore;

/**
 * A translation job being recorded in the history: every segment event appended through it
 * carries the job's document, languages and model. Obtain one from
 * {@link HistoryService#startJob} or {@link HistoryService#resumeJob}.
 */
public final class TranslationJob {
    private final HistoryStore store;
    private final HistoryEvent start;
    private final Actor actor;

    /** Rows are recorded as {@code actor}'s, whoever started the job. */
    TranslationJob(HistoryStore store, HistoryEvent start, Actor actor) {
        this.store = store;
        this.start = start;
        this.actor = actor;
    }

    public String id() {
        return start.jobId();
    }

    /** Records the engine's (or memory's) output for a segment, with the hits offered for it. */
    public void segmentTranslated(int index, String source, String machineOutput, List<String> tmHits,
                                  List<String> glossaryHits) {
        append(EventKind.SEGMENT_TRANSLATED, index, source, machineOutput, machineOutput, tmHits, glossaryHits);
    }

    /** Records a person's change to a segment's target. */
    public void segmentEdited(int index, String source, String machineOutput, String finalText) {
        append(EventKind.SEGMENT_EDITED, index, source, machineOutput, finalText, List.of(), List.of());
    }

    /** Records that a segment's target was confirmed. */
    public void segmentConfirmed(int index, String source, String machineOutput, String finalText) {
        append(EventKind.SEGMENT_CONFIRMED, index, source, machineOutput, finalText, List.of(), List.of());
    }

    /** Records the document's new classification marking. */
    public void classified(String classification) {
        Guard.call(() -> store.append(JobEvents.of(EventKind.CLASSIFICATION_SET, start, actor, null, null, null, null,
                classification, null)));
    }

    /** Records the end of the job. */
    public void finish() {
        append(EventKind.JOB_FINISHED, null, null, null, null, List.of(), List.of());
    }

    private void append(EventKind kind, Integer index, String source, String machineOutput, String finalText,
                        List<String> tmHits, List<String> glossaryHits) {
        HistoryEvent event = new HistoryEvent(kind, Instant.now(), start.job(), actor.by(),
                new HistoryEvent.SegmentChange(index, source, machineOutput, finalText, tmHits, glossaryHits),
                HistoryEvent.Review.NONE);
        Guard.call(() -> store.append(event));
    }
}
