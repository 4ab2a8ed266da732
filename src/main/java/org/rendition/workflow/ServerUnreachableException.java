package org.rendition.workflow;

/**
 * The team server did not answer. Trying again later can succeed, so work that failed this way
 * is kept and retried rather than dropped (see {@code workflow.translate.ProfileWriter}).
 */
public final class ServerUnreachableException extends WorkflowException {
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, Hint.NONE, cause);
    }
}
