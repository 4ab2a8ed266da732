package org.rendition.cli;

import java.nio.file.Path;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.profile.UserProfile;
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

    /** The workstation's file, for document translation, which does not reach the team server yet. */
    Path localFileForDocuments() {
        if (server != null && !server.isBlank()) {
            throw new WorkflowException("Documents (Word, PDF, web pages, e-mail) are translated with this"
                    + " workstation's profile only so far; leave out --server (and RENDITION_SERVER), or translate"
                    + " the text from standard input.");
        }
        return database != null ? database : DatabaseLocation.defaultPath();
    }
}
