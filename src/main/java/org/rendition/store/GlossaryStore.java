package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rendition.glossary.GlossaryInfo;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.glossary.PartOfSpeech;

/** Reads and writes glossaries and their terms. */
public final class GlossaryStore {
    private static final String COLUMNS = "t.id, g.name, t.source_lang, t.target_lang, t.source, t.target,"
            + " t.part_of_speech, t.note, t.case_sensitive, t.do_not_translate";

    private final Database database;

    public GlossaryStore(Database database) {
        this.database = database;
    }

    /** Adds {@code terms} to the glossary {@code name} (created if new) in one transaction. */
    public int addTerms(String name, List<GlossaryTerm> terms) {
        return database.inTransaction(c -> {
            long glossaryId = glossaryId(c, name);
            try (PreparedStatement term = c.prepareStatement("INSERT INTO glossary_term (glossary_id, source_lang,"
                    + " target_lang, source, target, part_of_speech, note, case_sensitive, do_not_translate)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement forbidden = c.prepareStatement("INSERT INTO glossary_forbidden (term_id,"
                         + " position, translation) VALUES (?, ?, ?)")) {
                for (GlossaryTerm t : terms) {
                    term.setLong(1, glossaryId);
                    term.setString(2, t.sourceLang());
                    term.setString(3, t.targetLang());
                    term.setString(4, t.source());
                    term.setString(5, t.target());
                    term.setString(6, t.partOfSpeech().name());
                    if (t.note() == null) {
                        term.setNull(7, Types.VARCHAR);
                    } else {
                        term.setString(7, t.note());
                    }
                    term.setInt(8, t.caseSensitive() ? 1 : 0);
                    term.setInt(9, t.doNotTranslate() ? 1 : 0);
                    term.executeUpdate();
                    long id;
                    try (ResultSet keys = term.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (int i = 0; i < t.forbidden().size(); i++) {
                        forbidden.setLong(1, id);
                        forbidden.setInt(2, i);
                        forbidden.setString(3, t.forbidden().get(i));
                        forbidden.addBatch();
                    }
                }
                forbidden.executeBatch();
            }
            return terms.size();
        });
    }

    private static long glossaryId(Connection c, String name) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM glossary WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO glossary (name, created_at) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Terms of the glossary {@code name}, or of all glossaries when null, in insertion order. */
    public List<GlossaryTerm> terms(String name) {
        return query(name == null ? "" : " WHERE g.name = ?", name == null ? List.of() : List.of(name));
    }

    /** Terms of every glossary in use for one language pair: the terms a sentence is matched against. */
    public List<GlossaryTerm> terms(String sourceLang, String targetLang) {
        return query(" WHERE t.source_lang = ? AND t.target_lang = ? AND g.in_use = 1",
                List.of(sourceLang, targetLang));
    }

    /** The names of the glossaries whose terms are matched; the analyst can set one aside. */
    public List<String> namesInUse() {
        return database.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT name FROM glossary WHERE in_use = 1 ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** Puts the glossary {@code name} in use or sets it aside; false when there is no such glossary. */
    public boolean setInUse(String name, boolean inUse) {
        return database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE glossary SET in_use = ? WHERE name = ?")) {
                update.setInt(1, inUse ? 1 : 0);
                update.setString(2, name);
                return update.executeUpdate() == 1;
            }
        });
    }

    private List<GlossaryTerm> query(String where, List<String> parameters) {
        return database.read(c -> {
            Map<Long, List<String>> forbidden = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT term_id, translation FROM glossary_forbidden"
                         + " ORDER BY term_id, position")) {
                while (rows.next()) {
                    forbidden.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            List<GlossaryTerm> terms = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM glossary_term t"
                    + " JOIN glossary g ON g.id = t.glossary_id" + where + " ORDER BY t.id")) {
                for (int i = 0; i < parameters.size(); i++) {
                    q.setString(i + 1, parameters.get(i));
                }
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        terms.add(new GlossaryTerm(id, rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getString(6), PartOfSpeech.valueOf(rows.getString(7)),
                                rows.getString(8), forbidden.getOrDefault(id, List.of()), rows.getInt(9) == 1,
                                rows.getInt(10) == 1));
                    }
                }
            }
            return terms;
        });
    }

    /** Every glossary with its number of terms, by name. */
    public List<GlossaryInfo> glossaries() {
        return database.read(c -> {
            List<GlossaryInfo> result = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT g.name, count(t.id) FROM glossary g"
                         + " LEFT JOIN glossary_term t ON t.glossary_id = g.id GROUP BY g.id ORDER BY g.name")) {
                while (rows.next()) {
                    result.add(new GlossaryInfo(rows.getString(1), rows.getLong(2)));
                }
            }
            return result;
        });
    }
}
