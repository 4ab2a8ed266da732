package org.rendition.cli;

import java.nio.file.Path;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.ProfileLocation;
import org.rendition.workflow.team.TeamServer;
import picocli.CommandLine.Option;

/** Where the profile is: {@code --db FILE} on this workstation, or {@code --server URL} for the team's. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Profile database (default: $RENDITION_DB, else $XDG_DATA_HOME/rendition/rendition.db,"
                    + " else ~/.local/share/rendition/rendition.db).")
    Path database;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:RENDITION_SERVER}",
            description = "The team server instead of the local file, as postgresql://login@host:port/database"
                    + " (default: $RENDITION_SERVER). You act as the login, with its roles on the server.")
    String server;

    UserProfile open() {
        if (server != null && !server.isBlank()) {
            if (database != null) {
                throw new WorkflowException("Give either --db (this workstation's file) or --server (the team's"
                        + " database), not both.");
            }
            return TeamServer.openProfile(server);
        }
        return UserProfile.open(database != null ? database : DatabaseLocation.defaultPath());
    }

    /** Where documents translated from the command line keep their memory and history. */
    ProfileLocation forDocuments() {
        if (server != null && !server.isBlank()) {
            if (database != null) {
                throw new WorkflowException("Give either --db (this workstation's file) or --server (the team's"
                        + " database), not both.");
            }
            return ProfileLocation.server(server);
        }
        return ProfileLocation.file(database != null ? database : DatabaseLocation.defaultPath());
    }

    /**
     * Refuses someone who is not an administrator where the profile sets roles; a refused attempt is
     * recorded in the history.
     */
    void requireAdministrator(String action) {
        try (UserProfile profile = open()) {
            profile.requireAdministratorWhereRolesAreSet(action);
        }
    }
}
