package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.Roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolesTest {
    @TempDir
    Path dir;

    /** A roles file as an administrator leaves it: owned by them (the test's user), rw-r--r--. */
    static Path rolesFile(Path dir, String... lines) throws Exception {
        Path file = dir.resolve("roles.conf");
        String owner = SystemAccount.name();
        Files.writeString(file, "administrator = " + owner + "\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    @Test
    void missingRolesFileMakesEveryoneAnAnalystAndSaysSo() {
        Roles roles = Roles.load(dir.resolve("absent.conf"));
        Actor sue = roles.actor("sue");
        assertFalse(sue.is(Role.SUPERVISOR));
        assertTrue(sue.is(Role.ANALYST));
        assertTrue(roles.notice().orElseThrow().contains("everyone is an analyst"));
    }

    @Test
    void usersGetTheRolesTheFileNamesAndOthersAreAnalysts() throws Exception {
        Roles roles = Roles.load(rolesFile(dir, "# the team", "supervisor = sue, tom", "analyst = alice"));
        assertTrue(roles.actor("sue").is(Role.SUPERVISOR));
        assertTrue(roles.actor("tom").is(Role.SUPERVISOR));
        assertFalse(roles.actor("alice").is(Role.SUPERVISOR));
        assertFalse(roles.actor("bob").is(Role.SUPERVISOR));
        assertTrue(roles.actor(SystemAccount.name()).is(Role.ADMINISTRATOR));
        assertTrue(roles.notice().isEmpty());
    }

    @Test
    void rolesFileThatOthersCanWriteIsRefused() throws Exception {
        Path file = rolesFile(dir, "supervisor = alice");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        WorkflowException refused = assertThrows(WorkflowException.class, () -> Roles.load(file));
        assertTrue(refused.getMessage().contains("can be written by other accounts"), refused.getMessage());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--rw-"));
        assertThrows(WorkflowException.class, () -> Roles.load(file));
    }

    @Test
    void rolesFileOwnedByANonAdministratorIsRefused() throws Exception {
        Path file = dir.resolve("roles.conf");
        Files.writeString(file, "supervisor = alice\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        if (SystemAccount.name().equals("root")) {
            // root may own the file; hand it to an ordinary account to see the refusal
            UserPrincipal nobody;
            try {
                nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            } catch (java.io.IOException e) {
                nobody = null;
            }
            assumeTrue(nobody != null, "no 'nobody' account to hand the file to");
            Files.setOwner(file, nobody);
        }
        WorkflowException refused = assertThrows(WorkflowException.class, () -> Roles.load(file));
        assertTrue(refused.getMessage().contains("is not an administrator"), refused.getMessage());
    }

    @Test
    void unknownRoleIsRefusedNamingTheLine() throws Exception {
        Path file = rolesFile(dir, "boss = alice");
        WorkflowException refused = assertThrows(WorkflowException.class, () -> Roles.load(file));
        assertTrue(refused.getMessage().startsWith("Line 2 of the roles file"), refused.getMessage());
    }

    @Test
    void classificationSchemeReadsLevelsAndDescriptorsLongestLevelFirst() {
        ClassificationScheme uk = ClassificationScheme.UK_GSC;
        assertEquals(new Classification("OFFICIAL-SENSITIVE", "PERSONAL"), uk.parse("official-sensitive  personal"));
        assertEquals(new Classification("TOP SECRET", null), uk.parse("TOP SECRET"));
        assertEquals("OFFICIAL", uk.lowest().label());
        assertTrue(uk.lowers(uk.parse("SECRET"), uk.parse("OFFICIAL-SENSITIVE COMMERCIAL")));
        assertFalse(uk.lowers(uk.parse("SECRET"), uk.parse("TOP SECRET")));
        assertThrows(WorkflowException.class, () -> uk.parse("RESTRICTED"));
    }
}
