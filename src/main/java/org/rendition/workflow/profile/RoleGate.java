package org.rendition.workflow.profile;

import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.Guard;
import org.rendition.workflow.profile.JobEvents;
import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryEvent;
import org.rendition.store.HistoryStore;

/**
 * Refuses what the actor's role does not allow, recording the attempt in the hash chain first so
 * that a refusal cannot go unseen.
 */
public final class RoleGate {
    private final HistoryStore store;
    private final Actor actor;

    public RoleGate(HistoryStore store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    /** Records that the actor tried {@code attempt} and was refused (or ignored). */
    public void record(HistoryEvent job, String attempt) {
        String what = actor.user() + " (" + actor.rolesLabel() + ") tried to " + attempt;
        Guard.call(() -> store.append(JobEvents.of(EventKind.ROLE_REFUSED, job, actor, null, null, null, null, null,
                what)));
    }

    /**
     * @param job     the job the attempt concerned, or null
     * @param attempt what was tried, e.g. {@code "approve"}
     * @param rule    the sentence that says who may do it, e.g. {@code "Only a supervisor can approve a document."}
     */
    public void require(boolean allowed, HistoryEvent job, String attempt, String rule) {
        if (allowed) {
            return;
        }
        record(job, attempt);
        throw new RoleRefusedException(rule + " You are " + actor.user() + " (" + actor.rolesLabel()
                + "); the attempt was recorded in the history.");
    }
}
