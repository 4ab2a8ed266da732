package org.rendition.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyst's changes that have not reached the team server yet, kept in a small SQLite file
 * of the workstation's own, so that closing the window, a crash or a power cut while the server
 * is away loses none of them: they are sent when the window next starts with that server.
 *
 * <p>A file of its own rather than a table in the local profile: it is written in server mode,
 * when the local profile is not open, and it must not depend on that profile's schema version.
 * Created readable by its owner only, like the profile; the server still checks every change it
 * receives against the login's grants, so editing this file gives a user no right they lack.
 */
public final class UnsentChanges implements AutoCloseable {
    private final Connection connection;

    private UnsentChanges(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the file at {@code file}. */
    public static UnsentChanges open(Path file) {
        Path absolute = file.toAbsolutePath();
        Database.createParentDirectory(absolute);
        Database.createOwnerOnly(absolute);
        Database.refuseWritableByOthers(absolute);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("CREATE TABLE IF NOT EXISTS unsent_change (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " server TEXT NOT NULL, kind TEXT NOT NULL, document TEXT NOT NULL,"
                        + " source_language TEXT NOT NULL, target_language TEXT NOT NULL, marking TEXT NOT NULL,"
                        + " project INTEGER, segment_index INTEGER NOT NULL, paragraph INTEGER NOT NULL,"
                        + " source TEXT NOT NULL, target TEXT NOT NULL, status TEXT NOT NULL,"
                        + " memory_score INTEGER NOT NULL, model TEXT, target_tags TEXT)");
                addTargetTagsColumn(statement);
            }
            return new UnsentChanges(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the file of unsent changes " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** A file kept by an earlier version has no column for target tags: added, empty for its changes. */
    private static void addTargetTagsColumn(Statement statement) throws SQLException {
        try (ResultSet columns = statement.executeQuery("PRAGMA table_info(unsent_change)")) {
            while (columns.next()) {
                if (columns.getString("name").equals("target_tags")) {
                    return;
                }
            }
        }
        statement.execute("ALTER TABLE unsent_change ADD COLUMN target_tags TEXT");
    }

    /**
     * A change kept until the server has it.
     *
     * @param id       its place in the file, 0 before it is kept
     * @param server   the team server it is for (its address without a password)
     * @param kind     what to do with it (the workflow's own names)
     * @param project  the server's id of the document's saved work, when there is one
     * @param model    the model pack that produced a machine translation, when known
     * @param targetTags the inline tags placed in the target, as the segment carries them
     */
    public record UnsentChange(long id, String server, String kind, String document, String sourceLanguage,
            String targetLanguage, String marking, Long project, int segmentIndex, int paragraph, String source,
            String target, String status, int memoryScore, String model,
            java.util.Optional<List<org.rendition.documents.InlineTag>> targetTags) {
        public UnsentChange withId(long newId) {
            return new UnsentChange(newId, server, kind, document, sourceLanguage, targetLanguage, marking, project,
                    segmentIndex, paragraph, source, target, status, memoryScore, model, targetTags);
        }
    }

    /** Keeps {@code change} (committed before this returns); the kept change with its id. */
    public synchronized UnsentChange keep(UnsentChange change) {
        String sql = "INSERT INTO unsent_change (server, kind, document, source_language, target_language, marking,"
                + " project, segment_index, paragraph, source, target, status, memory_score, model, target_tags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, change.server());
            insert.setString(2, change.kind());
            insert.setString(3, change.document());
            insert.setString(4, change.sourceLanguage());
            insert.setString(5, change.targetLanguage());
            insert.setString(6, change.marking());
            insert.setObject(7, change.project());
            insert.setInt(8, change.segmentIndex());
            insert.setInt(9, change.paragraph());
            insert.setString(10, change.source());
            insert.setString(11, change.target());
            insert.setString(12, change.status());
            insert.setInt(13, change.memoryScore());
            insert.setString(14, change.model());
            insert.setString(15, TagColumn.encode(change.targetTags()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return change.withId(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot keep a change for the team server: " + e.getMessage(), e);
        }
    }

    /** Forgets the change with {@code id}: the server has it. */
    public synchronized void sent(long id) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM unsent_change WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot mark a change as sent: " + e.getMessage(), e);
        }
    }

    /** The changes kept for {@code server}, oldest first. */
    public synchronized List<UnsentChange> forServer(String server) {
        List<UnsentChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, server, kind, document,"
                + " source_language, target_language, marking, project, segment_index, paragraph, source, target,"
                + " status, memory_score, model, target_tags FROM unsent_change WHERE server = ? ORDER BY id")) {
            select.setString(1, server);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long projectId = row.getLong(8);
                    Long project = row.wasNull() ? null : projectId;
                    changes.add(new UnsentChange(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), project,
                            row.getInt(9), row.getInt(10), row.getString(11), row.getString(12), row.getString(13),
                            row.getInt(14), row.getString(15), TagColumn.decode(row.getString(16))));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the changes waiting for the team server: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the file of unsent changes: " + e.getMessage(), e);
        }
    }
}
