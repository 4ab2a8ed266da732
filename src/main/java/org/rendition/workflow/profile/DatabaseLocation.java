package org.rendition.workflow.profile;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a user profile's database lives when none is named: {@code $RENDITION_DB} if set,
 * else {@code $XDG_DATA_HOME/rendition/rendition.db}, else
 * {@code ~/.local/share/rendition/rendition.db}.
 */
public final class DatabaseLocation {
    /** The environment variable that names the database file. */
    public static final String ENVIRONMENT_VARIABLE = "RENDITION_DB";

    private DatabaseLocation() {
    }

    /** The default database for this process's environment and user. */
    public static Path defaultPath() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** The default database for the given environment and home folder. */
    public static Path resolve(Map<String, String> environment, String userHome) {
        String explicit = environment.get(ENVIRONMENT_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String dataHome = environment.get("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank() ? Path.of(dataHome)
                : Path.of(userHome, ".local", "share");
        return base.resolve("rendition").resolve("rendition.db");
    }
}
