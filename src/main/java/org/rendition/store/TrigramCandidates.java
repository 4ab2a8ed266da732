package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rendition.memory.TmCandidate;

/**
 * Fuzzy-match candidates on the team server: sources that share enough letter trigrams with the
 * sentence, from pg_trgm's GIN index over {@code tm_entry.source}. The caller scores them by
 * words as it does SQLite's candidates, so both engines give the same matches.
 */
final class TrigramCandidates {
    private TrigramCandidates() {
    }

    /**
     * Up to {@code limit} entries of the language pair whose sources are trigram-similar to the
     * sentence's words, most similar first.
     *
     * <p>pg_trgm's default similarity floor (0.3) is well below what a 50% word match needs,
     * so the floor loses no match the scorer would show, and it keeps the index from returning
     * rows that merely share a common syllable.
     */
    static List<TmCandidate> find(Connection c, String sourceLang, String targetLang, List<String> words, int limit)
            throws SQLException {
        List<TmCandidate> found = new ArrayList<>();
        if (words.isEmpty()) {
            return found;
        }
        String sentence = String.join(" ", words);
        try (PreparedStatement q = c.prepareStatement("SELECT id, source FROM tm_entry"
                + " WHERE source % ? AND source_lang = ? AND target_lang = ?"
                + " ORDER BY similarity(source, ?) DESC, id DESC LIMIT ?")) {
            q.setString(1, sentence);
            q.setString(2, sourceLang);
            q.setString(3, targetLang);
            q.setString(4, sentence);
            q.setInt(5, limit);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(new TmCandidate(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        return found;
    }
}
