package org.rendition.workflow.profile;

import java.time.Instant;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryEvent;

/** Builds history rows for a job, repeating its document, languages and model, as every row does. */
public final class JobEvents {
    /** The job id of rows that concern no job, such as a refused attempt to list another's work. */
    public static final String NO_JOB = "-";

    private JobEvents() {
    }

    /**
     * A row by {@code actor} about the job {@code start} began (null for none), carrying the
     * actor's own name and roles: a supervisor's change is never recorded as the analyst's.
     */
    public static HistoryEvent of(EventKind kind, HistoryEvent start, Actor actor, Integer index, String source,
                           String machineOutput, String finalText, String classification, String comment) {
        HistoryEvent.Job job = start == null ? new HistoryEvent.Job(NO_JOB, null, null, null, null, null) : start.job();
        return new HistoryEvent(kind, Instant.now(), job, actor.by(),
                HistoryEvent.SegmentChange.of(index, source, machineOutput, finalText),
                new HistoryEvent.Review(classification, comment));
    }
}
