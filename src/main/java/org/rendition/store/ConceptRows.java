package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rendition.glossary.Concept;
import org.rendition.glossary.ConceptTerm;
import org.rendition.glossary.PartOfSpeech;
import org.rendition.glossary.TermField;
import org.rendition.glossary.TermStatus;
import org.rendition.text.LanguageTag;

/** Concepts as rows: a concept, its terms, and the fields of the concept, its languages and its terms. */
final class ConceptRows {
    private ConceptRows() {
    }

    /**
     * Stores {@code concepts} in the glossary {@code glossaryId}; returns them with their ids.
     *
     * @param fileId the TBX file they came in ({@code glossary_file}), or null
     */
    static List<Concept> insert(Connection c, long glossaryId, Long fileId, List<Concept> concepts)
            throws SQLException {
        return insert(c, glossaryId, fileId, concepts, true);
    }

    /**
     * Stores concepts made from flat pairs in the tables as schema 9 made them, before entries,
     * terms and fields kept their markup (V14): the migration that converts the pairs runs then.
     */
    static void insertAtSchema9(Connection c, long glossaryId, List<Concept> concepts) throws SQLException {
        insert(c, glossaryId, null, concepts, false);
    }

    private static List<Concept> insert(Connection c, long glossaryId, Long fileId, List<Concept> concepts,
                                        boolean kept) throws SQLException {
        List<Concept> stored = new ArrayList<>(concepts.size());
        try (PreparedStatement concept = c.prepareStatement(kept
                ? "INSERT INTO glossary_concept (glossary_id, concept_key, file_id, tag) VALUES (?, ?, ?, ?)"
                : "INSERT INTO glossary_concept (glossary_id, concept_key) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement term = c.prepareStatement("INSERT INTO glossary_concept_term (concept_id, position,"
                     + " lang, lang_match, term, status, part_of_speech, case_sensitive, do_not_translate"
                     + (kept ? ", tag, term_markup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
             PreparedStatement field = c.prepareStatement("INSERT INTO glossary_field (concept_id, position,"
                     + " term_position, lang, kind, type, value, source, target, date, by_whom"
                     + (kept ? ", markup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            for (Concept k : concepts) {
                concept.setLong(1, glossaryId);
                text(concept, 2, k.conceptId());
                if (kept) {
                    if (fileId == null) {
                        concept.setNull(3, Types.BIGINT);
                    } else {
                        concept.setLong(3, fileId);
                    }
                    text(concept, 4, k.tag());
                }
                concept.executeUpdate();
                long id;
                try (ResultSet keys = concept.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                int fieldPosition = 0;
                for (TermField f : k.fields()) {
                    field(field, id, fieldPosition++, null, f, kept);
                }
                for (int i = 0; i < k.terms().size(); i++) {
                    ConceptTerm t = k.terms().get(i);
                    term.setLong(1, id);
                    term.setInt(2, i);
                    term.setString(3, t.lang());
                    term.setString(4, LanguageTag.matchKey(t.lang()));
                    term.setString(5, t.text());
                    term.setString(6, t.status().name());
                    term.setString(7, t.partOfSpeech().name());
                    term.setInt(8, t.caseSensitive() ? 1 : 0);
                    term.setInt(9, t.doNotTranslate() ? 1 : 0);
                    if (kept) {
                        text(term, 10, t.tag());
                        text(term, 11, t.termMarkup());
                    }
                    term.addBatch();
                    for (TermField f : t.fields()) {
                        field(field, id, fieldPosition++, i, f, kept);
                    }
                }
                term.executeBatch();
                field.executeBatch();
                stored.add(k.withId(id));
            }
        }
        return stored;
    }

    private static void field(PreparedStatement field, long conceptId, int position, Integer termPosition,
                              TermField f, boolean kept) throws SQLException {
        field.setLong(1, conceptId);
        field.setInt(2, position);
        if (termPosition == null) {
            field.setNull(3, Types.INTEGER);
        } else {
            field.setInt(3, termPosition);
        }
        text(field, 4, f.lang());
        field.setString(5, f.kind().name());
        text(field, 6, f.type());
        field.setString(7, f.value());
        text(field, 8, f.source());
        text(field, 9, f.target());
        text(field, 10, f.date());
        text(field, 11, f.by());
        if (kept) {
            text(field, 12, f.markup());
        }
        field.addBatch();
    }

    static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** The terms of a concept, language and text, as one key. */
    static String termsKey(Concept concept) {
        StringBuilder key = new StringBuilder();
        concept.terms().forEach(t -> appendTerm(key, t.lang(), t.text()));
        return key.toString();
    }

    private static StringBuilder appendTerm(StringBuilder key, String lang, String text) {
        return key.append(lang).append('\u0000').append(text).append('\u0001');
    }

    /** The concepts of a glossary that have no termbase id, by {@link #termsKey}. */
    static Map<String, Deque<Long>> withoutIdByTerms(Connection c, long glossaryId) throws SQLException {
        Map<Long, StringBuilder> keys = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT k.id, t.lang, t.term FROM glossary_concept k"
                + " JOIN glossary_concept_term t ON t.concept_id = k.id"
                + " WHERE k.glossary_id = ? AND k.concept_key IS NULL ORDER BY k.id, t.position")) {
            q.setLong(1, glossaryId);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    appendTerm(keys.computeIfAbsent(rows.getLong(1), k -> new StringBuilder()), rows.getString(2),
                            rows.getString(3));
                }
            }
        }
        Map<String, Deque<Long>> byKey = new HashMap<>();
        keys.forEach((id, key) -> byKey.computeIfAbsent(key.toString(), k -> new ArrayDeque<>()).add(id));
        return byKey;
    }

    /** A stored concept and the name of its glossary. */
    record Named(String glossary, Concept concept) {
    }

    /** The concepts chosen by {@code where} (over {@code glossary_concept c}), in id order, with their glossary names. */
    static List<Named> load(Connection c, String where, List<String> parameters) throws SQLException {
        Map<Long, String> glossaryOf = new LinkedHashMap<>();
        Map<Long, String> keyOf = new LinkedHashMap<>();
        Map<Long, String> tagOf = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT c.id, g.name, c.concept_key, c.tag FROM glossary_concept c"
                + " JOIN glossary g ON g.id = c.glossary_id " + where + " ORDER BY c.id")) {
            for (int i = 0; i < parameters.size(); i++) {
                q.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    glossaryOf.put(rows.getLong(1), rows.getString(2));
                    keyOf.put(rows.getLong(1), rows.getString(3));
                    tagOf.put(rows.getLong(1), rows.getString(4));
                }
            }
        }
        List<Named> result = new ArrayList<>();
        List<Long> ids = new ArrayList<>(glossaryOf.keySet());
        // SQLite limits bound parameters, and an IN list of ids read from the database is safe to inline.
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String list = String.join(",", chunk.stream().map(String::valueOf).toList());
            Map<Long, List<ConceptTerm.Builder>> terms = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT concept_id, lang, term, status, part_of_speech, case_sensitive,"
                         + " do_not_translate, tag, term_markup FROM glossary_concept_term WHERE concept_id IN ("
                         + list + ")"
                         + " ORDER BY concept_id, position")) {
                while (rows.next()) {
                    terms.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new ConceptTerm.Builder(
                            rows.getString(2), rows.getString(3), TermStatus.valueOf(rows.getString(4)),
                            PartOfSpeech.valueOf(rows.getString(5)), rows.getInt(6) == 1, rows.getInt(7) == 1,
                            rows.getString(8), rows.getString(9)));
                }
            }
            Map<Long, List<TermField>> conceptFields = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT concept_id, term_position, lang, kind, type, value, source,"
                         + " target, date, by_whom, markup FROM glossary_field WHERE concept_id IN (" + list + ")"
                         + " ORDER BY concept_id, position")) {
                while (rows.next()) {
                    TermField f = new TermField(rows.getString(3), TermField.Kind.valueOf(rows.getString(4)),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getString(10), rows.getString(11));
                    int termPosition = rows.getInt(2);
                    if (rows.wasNull()) {
                        conceptFields.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(f);
                    } else {
                        terms.get(rows.getLong(1)).get(termPosition).fields().add(f);
                    }
                }
            }
            for (long id : chunk) {
                List<ConceptTerm> built = terms.getOrDefault(id, List.of()).stream().map(ConceptTerm.Builder::build)
                        .toList();
                if (!built.isEmpty()) {
                    result.add(new Named(glossaryOf.get(id),
                            new Concept(id, keyOf.get(id), conceptFields.getOrDefault(id, List.of()), built, tagOf.get(id))));
                }
            }
        }
        return result;
    }
}
