package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    @Override
    public String frequencySql(int cap) {
        return "SELECT count(*) FROM (SELECT 1 FROM tm_index WHERE tm_index MATCH ? LIMIT " + cap + ")";
    }

    @Override
    public String postingsSql(int limit) {
        return "SELECT rowid FROM tm_index WHERE tm_index MATCH ? ORDER BY rowid DESC LIMIT " + limit;
    }

    /** A quoted FTS5 phrase, so a word is never read as query syntax. */
    @Override
    public String parameter(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }

    @Override
    public List<Long> holdingAll(Connection c, List<String> words, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(postingsSql(limit))) {
            q.setString(1, String.join(" AND ", words.stream().map(this::parameter).toList()));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
