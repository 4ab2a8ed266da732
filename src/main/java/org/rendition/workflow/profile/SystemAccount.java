package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;

/**
 * The operating-system account this process runs as, asked of the operating system itself: on
 * Unix the name of the real user id ({@code getuid}, {@code getpwuid}), on Windows the logged-on
 * account. Never the {@code user.name} property, which {@code -Duser.name=sue} or
 * {@code JAVA_TOOL_OPTIONS} set to anything.
 */
public final class SystemAccount {
    private SystemAccount() {
    }

    /**
     * The account's login name.
     *
     * @throws WorkflowException if the operating system does not say (no such account)
     */
    public static String name() {
        String name = null;
        try {
            name = new com.sun.security.auth.module.UnixSystem().getUsername();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError notUnix) {
            try {
                name = new com.sun.security.auth.module.NTSystem().getName();
            } catch (UnsatisfiedLinkError | NoClassDefFoundError notWindows) {
                // neither: refused below
            }
        }
        if (name == null || name.isBlank()) {
            throw new WorkflowException("The operating system did not say which account runs Rendition, so no "
                    + "work can be recorded. Ask an administrator to check this account's entry in the user database.");
        }
        return name;
    }
}
