package org.rendition.ui;

import org.rendition.workflow.WorkflowException;

/** Turns a failed task's exception into the sentence shown to the analyst. */
final class Errors {
    private Errors() {
    }

    static String describe(Throwable error) {
        if (error instanceof WorkflowException) {
            return error.getMessage();
        }
        return Messages.get("error.unexpected", error == null ? "" : String.valueOf(error.getMessage()));
    }
}
