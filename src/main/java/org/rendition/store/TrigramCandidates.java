package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rendition.memory.TmCandidate;
import org.rendition.text.LanguageTag;

/**
 * Fuzzy-match candidates on the team server, from pg_trgm's GIN index over
 * {@code tm_entry.source}; the caller scores them by words as it does SQLite's, so both engines
 * show the same matches.
 *
 * <p>Asking the index for sources similar to the whole sentence ({@code source % sentence})
 * reads the posting list of every trigram in it, and the trigrams of short, common words are in
 * a large share of the memory: 9 s per lookup at 1,000,000 segments. Instead, as on SQLite, only
 * as many words are searched as a match above the threshold must share with the sentence, and
 * the longest ones (a long word is rarely a common one; the server keeps no word counts): each
 * is one {@code ILIKE '%word%'}, which the index answers from the intersection of the word's own
 * trigrams. A word's rows are cut at {@link #ROWS_PER_WORD}; a near-identical source also holds
 * the longer, rarer words, whose lists are short, so it is not lost to the cut.
 */
final class TrigramCandidates {
    /** Rows read per searched word: bounds a lookup when a word is in much of the memory. */
    static final int ROWS_PER_WORD = 500;
    /** pg_trgm indexes LIKE patterns only from three characters on; shorter words would scan everything. */
    private static final int SHORTEST_INDEXED_WORD = 3;

    private TrigramCandidates() {
    }

    /**
     * Up to {@code limit} entries of the language pair holding any of the {@code count} longest
     * of {@code words}, those holding most of them first.
     */
    static List<TmCandidate> find(Connection c, String sourceLang, String targetLang, List<String> words, int count,
                                  int limit) throws SQLException {
        List<String> searched = words.stream().filter(w -> w.length() >= SHORTEST_INDEXED_WORD)
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(Math.max(1, count)).toList();
        List<TmCandidate> found = new ArrayList<>();
        if (searched.isEmpty()) {
            return found;
        }
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < searched.size(); i++) {
            ids.append(i == 0 ? "" : " UNION ALL ")
                    .append("(SELECT id FROM tm_entry WHERE source ILIKE ? LIMIT " + ROWS_PER_WORD + ")");
        }
        // Ranked by how many searched words a source holds, newest first, as SQLite ranks by rarity:
        // the caller scores every candidate anyway, and similarity() over thousands of rows cost
        // more than the index lookups themselves.
        try (PreparedStatement q = c.prepareStatement("SELECT e.id, e.source FROM (SELECT id, count(*) AS shared"
                + " FROM (" + ids + ") AS hits GROUP BY id ORDER BY shared DESC, id DESC LIMIT ?) AS best"
                + " JOIN tm_entry e ON e.id = best.id WHERE e.source_match = ? AND e.target_match = ?"
                + " ORDER BY best.shared DESC, e.id DESC")) {
            int p = 1;
            for (String word : searched) {
                q.setString(p++, "%" + escapeLike(word) + "%");
            }
            q.setInt(p++, limit);
            q.setString(p++, LanguageTag.matchKey(sourceLang));
            q.setString(p, LanguageTag.matchKey(targetLang));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(new TmCandidate(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        return found;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
