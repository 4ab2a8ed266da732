package org.rendition.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.rendition.memory.SegmentTokenizer;

/**
 * The team server's word index: table {@code tm_word (word, entry_id)} whose primary key is the
 * posting list, so "entries holding this word, newest first" is a backward index scan that stops
 * at the limit, and counting up to a cap reads no more than the cap.
 */
final class ServerWordTable implements WordIndex {
    @Override
    public PreparedStatement prepareAdd(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO tm_word (word, entry_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    }

    @Override
    public void add(PreparedStatement batch, long id, List<String> words) throws SQLException {
        for (String word : new LinkedHashSet<>(words)) {
            batch.setString(1, word);
            batch.setLong(2, id);
            batch.addBatch();
        }
    }

    @Override
    public void remove(Connection c, long id, String oldSource) throws SQLException {
        List<String> words = SegmentTokenizer.indexWords(oldSource);
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM tm_word WHERE word = ANY (?) AND entry_id = ?")) {
            Array array = c.createArrayOf("text", words.toArray());
            delete.setArray(1, array);
            delete.setLong(2, id);
            delete.executeUpdate();
            array.free();
        }
    }

    @Override
    public String frequencySql(int cap) {
        return "SELECT count(*) FROM (SELECT 1 FROM tm_word WHERE word = ? LIMIT " + cap + ") AS capped";
    }

    @Override
    public String postingsSql(int limit) {
        return "SELECT entry_id FROM tm_word WHERE word = ? ORDER BY entry_id DESC LIMIT " + limit;
    }

    @Override
    public String parameter(String word) {
        return word;
    }

    /**
     * Entries holding every word: only asked when every word of the sentence is common, so the
     * posting lists are long, and grouping them is work best left to the server.
     */
    @Override
    public List<Long> holdingAll(Connection c, List<String> words, int limit) throws SQLException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(words));
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT entry_id FROM tm_word WHERE word = ANY (?)"
                + " GROUP BY entry_id HAVING count(*) = ? ORDER BY entry_id DESC LIMIT ?")) {
            Array array = c.createArrayOf("text", distinct.toArray());
            q.setArray(1, array);
            q.setInt(2, distinct.size());
            q.setInt(3, limit);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            array.free();
        }
        return ids;
    }
}
