package org.rendition.cli;

import java.nio.file.Path;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.profile.UserProfile;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the memory, glossary and history commands. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Profile database (default: $RENDITION_DB, else $XDG_DATA_HOME/rendition/rendition.db,"
                    + " else ~/.local/share/rendition/rendition.db).")
    Path database;

    UserProfile open() {
        return UserProfile.open(database != null ? database : DatabaseLocation.defaultPath());
    }
}
