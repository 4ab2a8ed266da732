package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.GlossaryService;
import org.rendition.workflow.profile.Guard;
import org.rendition.workflow.profile.HistoryService;
import org.rendition.workflow.profile.MemoryService;
import org.rendition.workflow.profile.ProfileSettings;
import org.rendition.workflow.profile.Roles;
import org.rendition.workflow.profile.SavedProjects;
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
    private final Actor actor;
    private final ClassificationScheme scheme;
    private final String rolesNotice;

    private UserProfile(Database database, Actor actor, ClassificationScheme scheme, String rolesNotice,
                        Path startedWith) {
        this.database = database;
        this.actor = actor;
        this.scheme = scheme;
        this.rolesNotice = rolesNotice;
        this.memory = new MemoryService(database, actor.user());
        this.glossary = new GlossaryService(database);
        this.history = new HistoryService(database, actor, scheme);
        this.projects = new SavedProjects(new ProjectStore(database));
        this.settings = new ProfileSettings(database, glossary, history, startedWith);
    }

    /**
     * Opens (creating or upgrading) the profile in {@code file}, acting as the OS user with the
     * roles the roles file gives them.
     *
     * @throws WorkflowException if the file was written by a newer Rendition or cannot be opened
     */
    public static UserProfile open(Path file) {
        return open(file, file);
    }

    private static UserProfile open(Path file, Path startedWith) {
        return open(() -> Guard.call(() -> Database.open(file)), startedWith);
    }

    private static UserProfile open(java.util.function.Supplier<Database> database, Path startedWith) {
        // Roles first: a roles file others can write must stop us before anything is recorded.
        Installation installation = Installation.current();
        Roles roles = Roles.load(installation.rolesFile());
        ClassificationScheme scheme = ClassificationScheme.load(roles);
        UserProfile profile = new UserProfile(database.get(), roles.actor(installation.account()),
                scheme, roles.notice().orElse(null), startedWith);
        // Settings that tried to change who acts are ignored; each try is kept as evidence.
        installation.ignoredSettings().forEach(profile.history()::recordRefusedAttempt);
        return profile;
    }

    /**
     * Opens the profile acting as {@code actor} under {@code scheme}, for tools and tests that
     * establish who is acting by other means than the roles file.
     */
    public static UserProfile open(Path file, Actor actor, ClassificationScheme scheme) {
        return new UserProfile(Guard.call(() -> Database.open(file)), actor, scheme, null, file);
    }

    /**
     * The profile in a database already open, acting as {@code actor}: the team server, where
     * the server's login and database roles say who the actor is (see {@code workflow.team}).
     */
    public static UserProfile open(Database database, Actor actor, ClassificationScheme scheme) {
        return new UserProfile(database, actor, scheme, null, DatabaseLocation.defaultPath());
    }

    /**
     * Opens the profile the workstation uses when started with {@code file}: the database chosen
     * in Settings for the next start, if the user chose one, else {@code file} itself. A chosen
     * database that cannot be opened falls back to {@code file}, so the user can choose again.
     */
    public static UserProfile openChosen(Path file) {
        // One open of the starting file both reads the choice and, when there is none, is the profile.
        Database started = Guard.call(() -> Database.open(file));
        java.util.Optional<Path> chosen;
        try {
            chosen = Guard.call(() -> new org.rendition.store.SettingsStore(started).value(ProfileSettings.NEXT_DATABASE))
                    .map(Path::of)
                    .filter(next -> !next.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()));
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        if (chosen.isPresent()) {
            started.close();
            try {
                return open(chosen.get(), file);
            } catch (WorkflowException e) {
                // fall through to the database the workstation was started with
                return open(file);
            }
        }
        try {
            return open(() -> started, file);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** Who is using the profile, with their roles. */
    public Actor actor() {
        return actor;
    }

    /** The classification markings documents can carry. */
    public ClassificationScheme classificationScheme() {
        return scheme;
    }

    /** Something the user should know about their roles, such as that there is no roles file. */
    public java.util.Optional<String> rolesNotice() {
        return java.util.Optional.ofNullable(rolesNotice);
    }

    /**
     * Refuses, and records the attempt, unless the user is an administrator, when a roles file is
     * in force. Without one nobody is an administrator, and the models folder's own permissions
     * decide who may change it (an installed folder belongs to root).
     *
     * @throws RoleRefusedException if the roles file does not make the user an administrator
     */
    public void requireAdministratorWhereRolesAreSet(String attempt) {
        if (rolesNotice == null) {
            history.requireAdministrator(attempt);
        }
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

    /** The documents the user opened last in the window. */
    public RecentDocuments recentDocuments() {
        return RecentDocuments.in(database);
    }

    /** Open documents saved segment by segment, for recovery after a crash. */
    public SavedProjects projects() {
        return projects;
    }

    /**
     * The open database, for the use cases of the other workflow sub-packages (review); the
     * architecture test keeps the window and the command line from reaching the store.
     */
    public Database database() {
        return database;
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
