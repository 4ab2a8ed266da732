package org.rendition.workflow.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Roles;
import org.rendition.workflow.profile.UserProfile;

/**
 * The server's migrations (db/postgresql) keep the same tables and columns as the workstation's
 * (db/migration), apart from what each engine indexes its own way, so the same store classes
 * serve both. A migration added to one and not mirrored in the other fails here.
 */
class SchemaParityTest {
    /** SQLite's FTS5 word index, the server's word table and Flyway's own table. */
    private static final Set<String> ENGINE_OWN = Set.of("tm_index", "tm_index_vocab", "tm_word",
            "flyway_schema_history");
    /** The server's head also counts rows, where no login can write. */
    private static final String SERVER_ONLY_COLUMN = "history_head.row_count";

    @TempDir
    Path dir;

    @Test
    void serverHasTheWorkstationsTablesAndColumns() throws SQLException {
        Path file = dir.resolve("profile.db");
        try (UserProfile profile = UserProfile.open(file, Actor.analyst("ana"),
                ClassificationScheme.load(Roles.load(dir.resolve("no-roles.conf"))))) {
            // opening creates and migrates the file
        }
        TreeMap<String, Set<String>> workstation = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p"
                     + " WHERE m.type = 'table'")) {
            while (rows.next()) {
                if (!ENGINE_OWN.contains(rows.getString(1)) && !rows.getString(1).startsWith("tm_index")) {
                    workstation.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
                }
            }
        }
        TreeMap<String, Set<String>> server = new TreeMap<>();
        try (TestServer team = TestServer.initialized(); Connection c = team.connect("postgres");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE table_schema = 'public'")) {
            while (rows.next()) {
                String column = rows.getString(1) + "." + rows.getString(2);
                if (!ENGINE_OWN.contains(rows.getString(1)) && !column.equals(SERVER_ONLY_COLUMN)) {
                    server.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
                }
            }
        }
        assertEquals(workstation, server);
    }
}
