package org.rendition.ui;

import org.rendition.workflow.WorkflowException;

/** Turns a failed task's exception into the sentence shown to the analyst. */
final class Errors {
    private Errors() {
    }

    static String describe(Throwable error) {
        // The model may stop on the cancel flag before the task itself is marked cancelled.
        if (error instanceof java.util.concurrent.CancellationException) {
            return Messages.get("status.cancelled");
        }
        if (error instanceof WorkflowException workflowError) {
            return withHint(workflowError);
        }
        return Messages.get("error.unexpected", error == null ? "" : String.valueOf(error.getMessage()));
    }

    /** The message, and where in the window the setting it needs is, in the window's own words. */
    static String withHint(WorkflowException error) {
        return error.hint() == WorkflowException.Hint.NONE ? error.getMessage()
                : error.getMessage() + " " + Messages.get("hint." + error.hint().name());
    }
}
