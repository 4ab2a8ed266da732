package org.rendition.workflow.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who runs Rendition and where the administrators' files are: the operating-system account, and
 * the roles and classification files at their fixed system locations. None of it can be changed
 * by a setting the user controls (a system property, an environment variable, a file of theirs):
 * the user could otherwise name themselves supervisor. Tests substitute their own with
 * {@link #overrideForTests}, which {@code ArchitectureTest} keeps out of the product's code.
 *
 * @param account the account that acts
 * @param rolesFile the roles file
 * @param classificationFile the classification scheme file
 */
public record Installation(String account, Path rolesFile, Path classificationFile) {
    /** Where administrators keep Rendition's configuration on Linux (the .deb creates it). */
    public static final Path ROLES_FILE = Path.of("/etc/rendition/roles.conf");
    public static final Path CLASSIFICATION_FILE = Path.of("/etc/rendition/classification.conf");

    /**
     * Settings earlier versions read, and what each tried to change. They are now read only to
     * record that someone tried them ({@link #ignoredSettings()}); no file is ever located and no
     * user named from them.
     */
    private static final List<String[]> IGNORED = List.of(
            new String[] {"property", "rendition.roles", "the roles file"},
            new String[] {"environment", "RENDITION_ROLES", "the roles file"},
            new String[] {"property", "rendition.classification", "the classification scheme"},
            new String[] {"environment", "RENDITION_CLASSIFICATION", "the classification scheme"});

    private static volatile Installation forTests;

    public Installation {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(rolesFile, "rolesFile");
        Objects.requireNonNull(classificationFile, "classificationFile");
    }

    /** The account from the operating system and the files at their system locations. */
    public static Installation current() {
        Installation substitute = forTests;
        return substitute != null ? substitute : new Installation(SystemAccount.name(), ROLES_FILE, CLASSIFICATION_FILE);
    }

    /**
     * For tests only: acts as {@code installation} until {@link #clearTestOverride()}. A process
     * started by a user cannot reach this; nothing in the product calls it.
     */
    public static void overrideForTests(Installation installation) {
        forTests = installation;
    }

    /** For tests only: back to the operating system's account and the system files. */
    public static void clearTestOverride() {
        forTests = null;
    }

    /**
     * The settings present in this process that try to change who acts or which files decide
     * roles, in words; each is ignored, and recorded as a refused attempt when the profile opens.
     */
    public List<String> ignoredSettings() {
        List<String> found = new ArrayList<>();
        String claimed = System.getProperty("user.name");
        if (claimed != null && !claimed.equals(account)) {
            found.add("set the user name to '" + claimed + "' with the user.name property (the account is "
                    + account + ")");
        }
        for (String[] setting : IGNORED) {
            String value = setting[0].equals("property") ? System.getProperty(setting[1]) : System.getenv(setting[1]);
            if (value != null && !value.isBlank()) {
                found.add("name another " + setting[2] + " (" + value + ") with the " + setting[0] + " " + setting[1]);
            }
        }
        return found;
    }
}
