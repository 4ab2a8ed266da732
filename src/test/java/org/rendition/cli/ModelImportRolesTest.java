package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.TestAccounts;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryRecord;
import org.rendition.workflow.profile.UserProfile;
import picocli.CommandLine;

/** Model packs are the administrators' once a roles file says who they are. */
class ModelImportRolesTest {
    @TempDir
    Path dir;
    private String realUser;
    private Path rolesFile;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void rolesFileMakingTheTestAccountTheAdministrator() throws Exception {
        realUser = TestAccounts.osAccount();
        Path roles = dir.resolve("roles.conf");
        Files.writeString(roles, "administrator = " + realUser + "\nanalyst = alice\n");
        Files.setPosixFilePermissions(roles, PosixFilePermissions.fromString("rw-r--r--"));
        rolesFile = roles;
        TestAccounts.actAs(realUser, roles);
    }

    @AfterEach
    void restore() {
        TestAccounts.reset();
    }

    private int importAs(String user) {
        TestAccounts.actAs(user, rolesFile);
        err.getBuffer().setLength(0);
        return new CommandLine(new RenditionCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("models", "import", SharedData.model("tiny-nllb").toString(),
                        "--models-dir", dir.resolve("models").toString(), "--db", dir.resolve("team.db").toString());
    }

    @Test
    void anAnalystCannotImportAModelPackAndTheAttemptIsRecorded() {
        assertEquals(1, importAs("alice"));
        assertTrue(err.toString().contains("Only an administrator can import a model pack"), err.toString());
        assertFalse(Files.exists(dir.resolve("models/tiny-nllb")), "nothing was imported");
        TestAccounts.actAs(realUser, rolesFile);
        try (UserProfile profile = UserProfile.open(dir.resolve("team.db"))) {
            List<HistoryRecord> rows = profile.history().latest(5);
            assertEquals(EventKind.ROLE_REFUSED, rows.get(rows.size() - 1).event().kind());
            assertEquals("alice", rows.get(rows.size() - 1).event().user());
            assertTrue(profile.history().verify().intact());
        }
    }

    @Test
    void theAdministratorImportsAModelPack() {
        assertEquals(0, importAs(realUser), err.toString());
        assertTrue(Files.exists(dir.resolve("models/tiny-nllb/manifest.json")));
    }
}
