package org.rendition.workflow;

/**
 * A use case could not be completed. The message is one sentence that says what happened and
 * what to do; callers show it as it is.
 */
public class WorkflowException extends RuntimeException {
    public WorkflowException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkflowException(String message) {
        super(message);
    }
}
