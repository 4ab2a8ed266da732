package org.rendition.workflow;

/** A request that cannot be carried out, with one or two sentences saying what to do. */
public final class WorkflowException extends Exception {
    public WorkflowException(String message) {
        super(message);
    }

    public WorkflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
