package org.rendition;

import java.nio.file.Path;
import org.rendition.workflow.profile.Installation;
import org.rendition.workflow.profile.SystemAccount;

/**
 * Lets an in-process test act as another account with its own roles file, through the one seam
 * the product leaves for tests ({@link Installation#overrideForTests}); a real process always gets
 * the operating system's account and the system roles file.
 */
public final class TestAccounts {
    private TestAccounts() {
    }

    /** The account the tests run as, from the operating system. */
    public static String osAccount() {
        return SystemAccount.name();
    }

    /** Acts as {@code user}, with roles from {@code rolesFile}, until {@link #reset()}. */
    public static void actAs(String user, Path rolesFile) {
        Installation.overrideForTests(new Installation(user, rolesFile,
                rolesFile.resolveSibling("no-classification-scheme.conf")));
    }

    /** Back to the operating system's account and the system files. */
    public static void reset() {
        Installation.clearTestOverride();
    }
}
