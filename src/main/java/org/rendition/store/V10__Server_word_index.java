package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rendition.memory.SegmentTokenizer;

/**
 * Server schema 10: fuzzy candidates come from a word table, as SQLite's come from FTS5, instead
 * of pg_trgm (docs/decisions/0012-server-word-index.md). The trigram index is dropped, since
 * every import paid to keep it, and the words of the entries already stored are indexed here.
 *
 * <p>Java because the words must be folded exactly as {@link SegmentTokenizer} folds the words
 * of a lookup; SQL's lower() and regular expressions would disagree on marks and scripts.
 */
// Flyway reads the version and description from the class name, as from a V10__….sql file.
@SuppressWarnings("checkstyle:TypeName")
final class V10__Server_word_index extends BaseJavaMigration {
    private static final int BATCH = 5_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX IF EXISTS tm_entry_source_trigrams");
            // The primary key is the posting list: word, then entry, read backwards for newest first.
            // No foreign key: an import writes ten word rows per entry, and checking each against
            // tm_entry would double its cost; the store removes an entry's words when it rewrites it.
            s.execute("CREATE TABLE tm_word (word TEXT NOT NULL, entry_id BIGINT NOT NULL,"
                    + " PRIMARY KEY (word, entry_id))");
        }
        ServerWordTable words = new ServerWordTable();
        try (Statement s = c.createStatement(); PreparedStatement add = words.prepareAdd(c)) {
            s.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = s.executeQuery("SELECT id, source FROM tm_entry")) {
                while (rows.next()) {
                    words.add(add, rows.getLong(1), SegmentTokenizer.indexWords(rows.getString(2)));
                    if (++pending % BATCH == 0) {
                        add.executeBatch();
                    }
                }
            }
            add.executeBatch();
        }
    }
}
