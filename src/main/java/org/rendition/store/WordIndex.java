package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The word index fuzzy lookup reads: for each folded word, the entries whose source holds it,
 * newest first, and how many there are. Both engines answer the same four questions so that
 * {@link TranslationMemoryStore} runs one candidate search, the one tuned at 1,000,000 segments,
 * on either: SQLite from its FTS5 table, the team server from a plain word table under a B-tree
 * (see docs/decisions/0012-server-word-index.md for why not pg_trgm).
 */
interface WordIndex {
    /** The index for {@code dialect}. */
    static WordIndex of(Dialect dialect) {
        return dialect == Dialect.SQLITE ? new Fts5WordIndex() : new ServerWordTable();
    }

    /** Prepares the statement that stores one entry's words; {@link #add} fills it as a batch. */
    PreparedStatement prepareAdd(Connection c) throws SQLException;

    /** Adds entry {@code id}'s {@code words} (folded, in order, repeats allowed) to the batch. */
    void add(PreparedStatement batch, long id, List<String> words) throws SQLException;

    /** Forgets entry {@code id}, whose source was {@code oldSource}, before it is overwritten. */
    void remove(Connection c, long id, String oldSource) throws SQLException;

    /** A query with one parameter, a word: how many entries hold it, counted up to {@code cap}. */
    String frequencySql(int cap);

    /** A query with one parameter, a word: the ids of the entries holding it, newest first, at most {@code limit}. */
    String postingsSql(int limit);

    /** The word as the statements above take it. */
    String parameter(String word);

    /** The ids of the entries holding every one of {@code words}, newest first, at most {@code limit}. */
    List<Long> holdingAll(Connection c, List<String> words, int limit) throws SQLException;
}
