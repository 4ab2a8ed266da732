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
    private final ProfileSettings settings;

    private UserProfile(Database database, String user, Path startedWith) {
        this.database = database;
        this.memory = new MemoryService(database, user);
        this.glossary = new GlossaryService(database);
        this.history = new HistoryService(database, user);
        this.projects = new SavedProjects(new ProjectStore(database));
        this.settings = new ProfileSettings(database, glossary, history, startedWith);
    }

    /**
     * Opens the profile database at {@code file}, creating it (and its folder) if needed and
     * upgrading an older schema in place.
     *
     * @throws WorkflowException if the file was written by a newer Rendition or cannot be opened
     */
    public static UserProfile open(Path file) {
        return open(file, file);
    }

    private static UserProfile open(Path file, Path startedWith) {
        return new UserProfile(Guard.call(() -> Database.open(file)), System.getProperty("user.name"), startedWith);
    }

    /**
     * Opens the profile the workstation uses when started with {@code file}: the database chosen
     * in Settings for the next start, if the user chose one, else {@code file} itself. A chosen
     * database that cannot be opened falls back to {@code file}, so the user can choose again.
     */
    public static UserProfile openChosen(Path file) {
        java.util.Optional<Path> chosen = ProfileSettings.nextDatabase(file)
                .filter(next -> !next.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()));
        if (chosen.isPresent()) {
            try {
                return open(chosen.get(), file);
            } catch (WorkflowException e) {
                // fall through to the database the workstation was started with
            }
        }
        return open(file);
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

    /** Beam size, TM threshold, model per pair, glossaries in use, database location. */
    public ProfileSettings settings() {
        return settings;
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
