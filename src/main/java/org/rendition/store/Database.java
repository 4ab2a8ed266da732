package org.rendition.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A profile's translation memory, glossaries and history: one SQLite file on a workstation, or
 * the team's database on a PostgreSQL server ({@link #connect}).
 *
 * <p>Opening a file applies the versioned migrations under {@code db/migration} (Flyway), so a
 * file written by an older Rendition is upgraded in place, and refuses a file whose schema
 * is newer than this build knows. The connection runs in WAL mode with foreign keys on;
 * every write happens inside {@link #inTransaction}, so a killed process leaves whole
 * transactions or nothing. A server is migrated only by its administrator
 * ({@link #initializeServer}); everyone else connects to the schema as it is.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final String location;
    private static final long GIVE_WAY_MILLIS = 150;
    private static final int LARGEST_SQLITE_BATCH = 5_000;
    private final Dialect dialect;
    /** The team server's address, to reconnect after an outage; null for a file. */
    private final ServerAddress server;
    private Connection connection;
    /** Set when the server connection was lost: the next call opens a new one. */
    private boolean lost;

    private Database(Path file, String location, Dialect dialect, Connection connection) {
        this(file, location, dialect, connection, null);
    }

    private Database(Path file, String location, Dialect dialect, Connection connection, ServerAddress server) {
        this.file = file;
        this.location = location;
        this.dialect = dialect;
        this.connection = connection;
        this.server = server;
    }

    /** Opens (creating if needed) the database at {@code file} and migrates it to the latest schema. */
    public static Database open(Path file) {
        return open(file, MigrationVersion.LATEST);
    }

    /** Opens the database migrated only up to {@code target}; tests use it to write an old schema. */
    static Database open(Path file, MigrationVersion target) {
        Path absolute = file.toAbsolutePath();
        createParentDirectory(absolute);
        createOwnerOnly(absolute);
        refuseWritableByOthers(absolute);
        SQLiteDataSource dataSource = dataSource(absolute);
        migrate(absolute.toString(), dataSource, Dialect.SQLITE, target);
        try {
            Connection connection = dataSource.getConnection();
            return new Database(absolute, absolute.toString(), Dialect.SQLITE, connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new database file readable and writable by its owner only: translations of
     * sensitive documents must not be readable by other accounts. SQLite's -wal and -shm files
     * take the main file's permissions.
     */
    static void createOwnerOnly(Path file) {
        if (Files.exists(file) || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another process created it first; its permissions stand
        } catch (IOException e) {
            throw new StoreException("Cannot create the database " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /**
     * Another account that can write the file could rewrite the history and the translations in
     * it, so such a file is not used at all; the owner fixes it with chmod.
     */
    static void refuseWritableByOthers(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new StoreException("Cannot read the permissions of the database " + file + ": " + e.getMessage()
                    + ".", e);
        }
        if (permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                || permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
            throw new InsecureDatabaseException("The database " + file + " can be written by other accounts ("
                    + java.nio.file.attribute.PosixFilePermissions.toString(permissions) + "), so its history"
                    + " cannot be trusted. Make it yours alone with 'chmod 600 " + file + "', then check it with"
                    + " 'rendition history verify'.");
        }
    }

    static void createParentDirectory(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + file
                    + ": " + e.getMessage() + ".", e);
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // In WAL mode NORMAL keeps every committed transaction across a process crash
        // (kill -9); only a power loss can drop the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        // Fuzzy lookup reads index pages scattered over a large file: a 64 MiB page cache and
        // memory-mapped reads keep the p95 of a 1M-segment memory down.
        config.setCacheSize(-65536);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L * 1024 * 1024));
        // Another process (a long memory import, a second window) may hold the write lock; wait for
        // it rather than fail. Transactions are IMMEDIATE: a deferred one that reads and then writes
        // cannot wait (SQLite answers SQLITE_BUSY at once to avoid a deadlock), an immediate one
        // takes the write lock at BEGIN, inside the busy handler.
        config.setBusyTimeout(30_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    /**
     * Connects to the team server as its login, using the schema as the administrator left it.
     *
     * @throws StoreException if the server cannot be reached, has no Rendition schema, or has an
     *                        older or newer one than this build
     */
    public static Database connect(ServerAddress server) {
        Connection connection = ServerConnections.open(server);
        Database database = new Database(null, server.toString(), Dialect.POSTGRESQL, connection, server);
        try {
            ServerConnections.requireSchema(server, connection);
            requireCurrentSchema(server, flyway(ServerConnections.dataSource(server), Dialect.POSTGRESQL,
                    MigrationVersion.LATEST));
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Creates or upgrades the team's schema, roles and privileges on the server; the login must
     * be allowed to create tables and roles (the database owner or a superuser).
     */
    public static void initializeServer(ServerAddress server) {
        migrate(server.toString(), ServerConnections.dataSource(server), Dialect.POSTGRESQL, MigrationVersion.LATEST);
    }

    private static void requireCurrentSchema(ServerAddress server, Flyway flyway) {
        boolean pending;
        try {
            refuseNewerSchema(server.toString(), flyway);
            pending = flyway.info().pending().length > 0;
        } catch (FlywayException e) {
            throw new ServerException("Cannot read the schema version of the team server " + server + ": "
                    + e.getMessage().lines().findFirst().orElse("no answer") + ".", e);
        }
        if (pending) {
            throw new ServerException("The team server " + server + " has an older Rendition schema than this version"
                    + " needs. Ask an administrator to run 'rendition team init --server URL' to upgrade it.");
        }
    }

    private static Flyway flyway(javax.sql.DataSource dataSource, Dialect dialect, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrations)
                .javaMigrations(dialect.javaMigrations())
                .target(target)
                .loggers("slf4j")
                .load();
    }

    private static void migrate(String file, javax.sql.DataSource dataSource, Dialect dialect,
                                MigrationVersion target) {
        Flyway flyway = flyway(dataSource, dialect, target);
        try {
            refuseNewerSchema(file, flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            String cause = e.getMessage().lines().findFirst().orElse("migration failed");
            if (dialect == Dialect.POSTGRESQL) {
                throw new ServerException("Cannot set up the team's schema on " + file + ": " + cause
                        + ". Connect as the database's owner, who may create roles (docs/team-server.md).", e);
            }
            throw new StoreException("Cannot prepare the database " + file + ": " + cause
                    + ". Restore it from a backup or choose another database file.", e);
        }
    }

    private static void refuseNewerSchema(String file, Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (future.isPresent()) {
            String known = Arrays.stream(all)
                    .filter(info -> info.getState().isResolved() && info.getVersion() != null)
                    .map(info -> info.getVersion().getVersion())
                    .reduce((first, second) -> second)
                    .orElse("none");
            throw new SchemaTooNewException("The database " + file + " was written by a newer"
                    + " version of Rendition (schema version " + future.get().getVersion()
                    + "; this version knows up to " + known + "). Open it with that newer"
                    + " version or choose another database file.");
        }
    }

    /** The file this database lives in; null on a team server. */
    public Path file() {
        return file;
    }

    /** The file, or the server's address, for messages. */
    public String location() {
        return location;
    }

    /** Whether this is the team's server rather than a workstation's file. */
    public boolean onServer() {
        return dialect == Dialect.POSTGRESQL;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The schema version the file is at, e.g. {@code "3"}. */
    public String schemaVersion() {
        return read(c -> {
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version FROM flyway_schema_history"
                         + " WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                return rows.next() ? rows.getString(1) : "0";
            }
        });
    }

    /**
     * Runs SQLite's {@code PRAGMA integrity_check}; "ok" when the file is sound. A server checks
     * its own pages, so there it is "ok" once the connection answers.
     */
    public String integrityCheck() {
        if (dialect == Dialect.POSTGRESQL) {
            return read(c -> c.isValid(5) ? "ok" : "the team server " + location + " does not answer");
        }
        return read(c -> {
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                StringBuilder result = new StringBuilder();
                while (rows.next()) {
                    if (result.length() > 0) {
                        result.append('\n');
                    }
                    result.append(rows.getString(1));
                }
                return result.toString();
            }
        });
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it
     * throws. Calls are serialised; the one connection is not shared between threads.
     */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        if (dialect == Dialect.SQLITE) {
            return inSqliteTransaction(work);
        }
        reconnectIfLost();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                if (!connection.isClosed()) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            if (server != null && ServerConnections.lost(e)) {
                lost = true;
                throw ServerConnections.unreachable(location, e);
            }
            String message = "A database operation on " + location + " failed: " + e.getMessage() + ".";
            throw dialect == Dialect.POSTGRESQL ? new ServerException(message, e) : new StoreException(message, e);
        }
    }

    /**
     * SQLite's transactions are begun and ended by statement, not through the driver's auto-commit
     * flag: when BEGIN IMMEDIATE fails because another writer held the file past the busy
     * timeout, the driver still believed a transaction was open, so the next call's writes ran
     * one statement at a time outside any transaction and its commit failed with "no transaction
     * is active" after they had landed (seen with eight writers beside a 1,000,000-unit import).
     */
    private <T> T inSqliteTransaction(SqlWork<T> work) {
        try (Statement control = connection.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                control.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackIfOpen(control);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("A database operation on " + location + " failed: " + e.getMessage() + ".", e);
        }
    }

    /**
     * Called by a long import between its transactions. SQLite has one writer at a time and its
     * busy handler is not a queue: a writer that commits and at once begins again keeps the file,
     * and the analysts waiting (polling every 100 ms) time out. A pause longer than one poll lets
     * each of them in. The server locks rows, so there nothing waits.
     */
    void giveWayToOtherWriters() {
        if (dialect != Dialect.SQLITE) {
            return;
        }
        try {
            Thread.sleep(GIVE_WAY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The most entries one import transaction may hold here: on SQLite a transaction holds every
     * other writer off, so it is kept to about a second of work even at a million entries.
     */
    int largestBatch(int requested) {
        return dialect == Dialect.SQLITE ? Math.min(requested, LARGEST_SQLITE_BATCH) : requested;
    }

    /** Rolls back; SQLite may already have (a full disk, an I/O error), which is no second error. */
    private static void rollbackIfOpen(Statement control) throws SQLException {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                throw e;
            }
        }
    }

    /**
     * After an outage the old connection is dead; a new one is opened for the next call, so a
     * workstation carries on once the server answers again, without a restart.
     */
    private void reconnectIfLost() {
        if (server == null || !lost) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken: nothing to release on the server's side.
        }
        connection = ServerConnections.open(server);
        lost = false;
    }

    private void rollbackQuietly() throws SQLException {
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (server == null || !ServerConnections.lost(e)) {
                throw e;
            }
        }
    }

    /** Runs read-only {@code work}; reads see one consistent snapshot of the file. */
    synchronized <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database " + location + ": " + e.getMessage() + ".", e);
        }
    }
}
