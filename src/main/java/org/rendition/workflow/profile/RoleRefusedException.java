package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;

/**
 * Someone tried something their role does not allow. The attempt has already been recorded in
 * the history when this is thrown.
 */
public final class RoleRefusedException extends WorkflowException {
    public RoleRefusedException(String message) {
        super(message);
    }
}
