package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rendition.text.LanguageTag;

/**
 * Schema 8: memory entries are matched on language (and script), not on the exact tag, keep
 * their inline tags, and an imported unit serves both directions.
 *
 * <p>A Java migration because the match key comes from ICU's likely subtags
 * ({@link LanguageTag#matchKey}), which SQL cannot compute; rows already stored get their keys
 * here, new rows from {@link TranslationMemoryStore}.
 */
// Flyway reads the version and description from the class name, as from a V8__….sql file.
@SuppressWarnings("checkstyle:TypeName")
final class V8__Language_match_keys extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE tm_entry ADD COLUMN source_match TEXT NOT NULL DEFAULT ''");
            s.execute("ALTER TABLE tm_entry ADD COLUMN target_match TEXT NOT NULL DEFAULT ''");
            // The seg content as TMX markup when the segment has inline tags; null for plain text.
            s.execute("ALTER TABLE tm_entry ADD COLUMN source_markup TEXT");
            s.execute("ALTER TABLE tm_entry ADD COLUMN target_markup TEXT");
            // 1 for the row that lets an imported ru→en unit answer en→ru lookups; export skips it.
            s.execute("ALTER TABLE tm_entry ADD COLUMN reversed INTEGER NOT NULL DEFAULT 0"
                    + " CHECK (reversed IN (0, 1))");
            s.execute("DROP INDEX tm_entry_exact");
            s.execute("CREATE INDEX tm_entry_exact ON tm_entry (source_key, source_match, target_match)");
            // Re-importing a TMX finds the unit it updates by its tuid.
            s.execute("CREATE INDEX tm_entry_tuid ON tm_entry (tuid, source_match, target_match)"
                    + " WHERE tuid IS NOT NULL");
        }
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT DISTINCT source_lang, target_lang FROM tm_entry");
             PreparedStatement update = c.prepareStatement("UPDATE tm_entry SET source_match = ?, target_match = ?"
                     + " WHERE source_lang = ? AND target_lang = ?")) {
            while (rows.next()) {
                update.setString(1, LanguageTag.matchKey(rows.getString(1)));
                update.setString(2, LanguageTag.matchKey(rows.getString(2)));
                update.setString(3, rows.getString(1));
                update.setString(4, rows.getString(2));
                update.executeUpdate();
            }
        }
    }
}
