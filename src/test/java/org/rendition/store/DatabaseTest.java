package org.rendition.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.memory.SourceKey;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void newDatabaseIsCreatedAtLatestSchemaInWalModeWithForeignKeys() throws Exception {
        Path file = dir.resolve("nested/folder/rendition.db");
        try (Database db = Database.open(file)) {
            assertEquals("15", db.schemaVersion());
            assertEquals("ok", db.integrityCheck());
            assertEquals("wal", db.read(c -> pragma(c, "journal_mode")));
            assertEquals("1", db.read(c -> pragma(c, "foreign_keys")));
        }
    }

    @Test
    void databaseFromOlderVersionIsUpgradedInPlace() {
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, MigrationVersion.fromVersion("1"))) {
            assertEquals("1", old.schemaVersion());
            // Written as schema 1 wrote it; the store of today writes columns schema 1 lacks.
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO tm_entry (source_lang, target_lang, source, target,"
                            + " source_key, created_by, created_at, origin) VALUES ('ru-RU', 'en', 'Привет.',"
                            + " 'Hello.', " + SourceKey.of("Привет.")
                            + ", 'anna', '2024-01-01T00:00:00Z', 'HUMAN')");
                }
            });
        }
        try (Database upgraded = Database.open(file)) {
            assertEquals("15", upgraded.schemaVersion());
            assertEquals(1, new TranslationMemoryStore(upgraded).count());
            assertEquals(1, new TranslationMemoryStore(upgraded).exactMatches("ru", "en", "Привет.").size());
        }
    }

    @Test
    void databaseFromNewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '42',"
                    + " 'from the future', 'SQL', 'V42__future.sql', 0, 'someone', 1, 1)");
        }
        SchemaTooNewException refused = assertThrows(SchemaTooNewException.class, () -> Database.open(file));
        assertTrue(refused.getMessage().contains("newer version of Rendition"), refused.getMessage());
        assertTrue(refused.getMessage().contains("42"), refused.getMessage());
    }

    private static String pragma(Connection c, String name) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void newDatabaseIsReadableAndWritableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("owner-only.db");
        Database.open(file).close();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
    }

    @Test
    void databaseOthersCanWriteIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("shared.db");
        Database.open(file).close();
        java.nio.file.Files.setPosixFilePermissions(file,
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        InsecureDatabaseException refused = assertThrows(InsecureDatabaseException.class, () -> Database.open(file));
        assertTrue(refused.getMessage().contains("can be written by other accounts (rw-rw-r--)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("chmod 600 " + file.toAbsolutePath()), refused.getMessage());
    }
}
