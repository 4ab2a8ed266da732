package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workstation's word index: SQLite's contentless FTS5 table {@code tm_index}, keyed by the entry's id. */
final class Fts5WordIndex implements WordIndex {
    @Override
    public PreparedStatement prepareAdd(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO tm_index (rowid, tokens) VALUES (?, ?)");
    }

    @Override
    public void add(PreparedStatement batch, long id, List<String> words) throws SQLException {
        batch.setLong(1, id);
        batch.setString(2, String.join(" ", words));
        batch.addBatch();
    }

    @Override
    public void remove(Connection c, long id, String oldSource) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM tm_index WHERE rowid = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** SQLite runs in the process: a statement per word costs no round trip. */
    @Override
    public Map<String, Long> frequencies(Connection c, List<String> words, int cap) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM tm_index"
                + " WHERE tm_index MATCH ? LIMIT " + cap + ")")) {
            for (String word : words) {
                q.setString(1, phrase(word));
                try (ResultSet rows = q.executeQuery()) {
                    found.put(word, rows.next() ? rows.getLong(1) : 0L);
                }
            }
        }
        return found;
    }

    @Override
    public Map<String, List<Long>> postings(Connection c, Map<String, Integer> limits) throws SQLException {
        Map<String, List<Long>> found = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> word : limits.entrySet()) {
            found.put(word.getKey(), ids(c, phrase(word.getKey()), word.getValue()));
        }
        return found;
    }

    private static List<Long> ids(Connection c, String match, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT rowid FROM tm_index WHERE tm_index MATCH ?"
                + " ORDER BY rowid DESC LIMIT " + limit)) {
            q.setString(1, match);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** A quoted FTS5 phrase, so a word is never read as query syntax. */
    private static String phrase(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }

    @Override
    public List<Long> holdingAll(Connection c, List<String> words, int limit) throws SQLException {
        return ids(c, String.join(" AND ", words.stream().map(Fts5WordIndex::phrase).toList()), limit);
    }
}
