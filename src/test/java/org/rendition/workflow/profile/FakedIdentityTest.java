package org.rendition.workflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryEvent;

/**
 * Who acts comes from the operating system: {@code -Duser.name=…} and a roles file named by a
 * property are ignored, and each try is kept in the history.
 */
class FakedIdentityTest {
    @TempDir
    Path dir;
    private final String claimedName = System.getProperty("user.name");

    @AfterEach
    void restoreProperties() {
        System.setProperty("user.name", claimedName);
        System.clearProperty("rendition.roles");
    }

    private List<HistoryEvent> refusals(UserProfile profile) {
        return profile.history().latest(20).stream().map(r -> r.event())
                .filter(e -> e.kind() == EventKind.ROLE_REFUSED).toList();
    }

    @Test
    void theUserNamePropertyDoesNotChangeWhoActsAndTheTryIsRecorded() {
        System.setProperty("user.name", "mallory");
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            assertEquals(SystemAccount.name(), profile.actor().user());
            List<HistoryEvent> refused = refusals(profile);
            assertEquals(1, refused.size());
            assertTrue(refused.get(0).comment().contains("'mallory'"), refused.get(0).comment());
            assertEquals(SystemAccount.name(), refused.get(0).user());
        }
    }

    @Test
    void aRolesFileNamedByAPropertyIsIgnoredAndTheTryIsRecorded() throws Exception {
        Path mine = dir.resolve("my-roles.conf");
        Files.writeString(mine, "administrator = " + SystemAccount.name() + "\nsupervisor = " + SystemAccount.name()
                + "\n");
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-r--r--"));
        System.setProperty("rendition.roles", mine.toString());
        assertEquals(Installation.ROLES_FILE, Roles.location());
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            if (!Files.exists(Installation.ROLES_FILE)) {
                assertFalse(profile.actor().is(Role.SUPERVISOR), "a roles file of one's own makes no one supervisor");
            }
            assertTrue(refusals(profile).stream().anyMatch(e -> e.comment().contains(mine.toString())),
                    refusals(profile).toString());
        }
    }
}
