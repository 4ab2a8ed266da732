package org.rendition.workflow.profile;

import org.rendition.workflow.profile.Actor;
import java.time.Instant;
import java.util.List;
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
        return new HistoryEvent(kind, start == null ? NO_JOB : start.jobId(), Instant.now(), actor.user(),
                start == null ? null : start.document(), start == null ? null : start.sourceLang(),
                start == null ? null : start.targetLang(), start == null ? null : start.modelName(),
                start == null ? null : start.modelHash(), index, source, machineOutput, finalText, List.of(),
                List.of(), actor.rolesLabel(), classification, comment);
    }
}
