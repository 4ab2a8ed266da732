package org.rendition.workflow;

import java.nio.file.Path;
import org.rendition.store.Database;
import org.rendition.store.ProjectStore;

/**
 * One user's profile database: translation memory, glossaries and history in one SQLite file.
 * Opening it creates or upgrades the file; close it when done.
 *
 * <pre>{@code
 * try (UserProfile profile = UserProfile.open(DatabaseLocation.defaultPath())) {
 *     profile.memory().confirm("ru", "en", "Привет.", "Hello.", "letter.docx", Origin.HUMAN);
 * }
 * }</pre>
 */
public final class UserProfile implements AutoCloseable {
    private final Database database;
    private final MemoryService memory;
    private final GlossaryService glossary;
    private final HistoryService history;
    private final SavedProjects projects;

    private UserProfile(Database database, String user) {
        this.database = database;
        this.memory = new MemoryService(database, user);
        this.glossary = new GlossaryService(database);
        this.history = new HistoryService(database, user);
        this.projects = new SavedProjects(new ProjectStore(database));
    }

    /**
     * Opens the profile database at {@code file}, creating it (and its folder) if needed and
     * upgrading an older schema in place.
     *
     * @throws WorkflowException if the file was written by a newer Rendition or cannot be opened
     */
    public static UserProfile open(Path file) {
        return new UserProfile(Guard.call(() -> Database.open(file)), System.getProperty("user.name"));
    }

    public MemoryService memory() {
        return memory;
    }

    public GlossaryService glossary() {
        return glossary;
    }

    public HistoryService history() {
        return history;
    }

    /** Open documents saved segment by segment, for recovery after a crash. */
    SavedProjects projects() {
        return projects;
    }

    /** The database file. */
    public Path databaseFile() {
        return database.file();
    }

    /** The schema version of the database, e.g. {@code "3"}. */
    public String schemaVersion() {
        return Guard.call(database::schemaVersion);
    }

    /** SQLite's integrity check of the file: {@code "ok"} when it is sound. */
    public String integrityCheck() {
        return Guard.call(database::integrityCheck);
    }

    @Override
    public void close() {
        Guard.run(database::close);
    }
}
