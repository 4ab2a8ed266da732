package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rendition.glossary.Concept;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.glossary.PartOfSpeech;

/**
 * Schema 9: glossaries hold concepts (several terms per language, each with a status, and the
 * concept's definitions, notes and history) instead of flat source→target pairs. Each stored
 * pair becomes a concept of its source term, its target (preferred) and its forbidden
 * translations (deprecated), so nothing a user imported is lost.
 *
 * <p>A Java migration because the language match keys come from ICU, which SQL cannot reach.
 */
// Flyway reads the version and description from the class name, as from a V9__….sql file.
@SuppressWarnings("checkstyle:TypeName")
final class V9__Glossary_concepts extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE glossary_concept (
                        id           INTEGER PRIMARY KEY,
                        glossary_id  INTEGER NOT NULL REFERENCES glossary (id) ON DELETE CASCADE,
                        -- the termbase's own id (TBX conceptEntry/@id); re-importing replaces it
                        concept_key  TEXT
                    )""");
            s.execute("CREATE INDEX glossary_concept_by_glossary ON glossary_concept (glossary_id, concept_key)");
            s.execute("""
                    CREATE TABLE glossary_concept_term (
                        concept_id        INTEGER NOT NULL REFERENCES glossary_concept (id) ON DELETE CASCADE,
                        position          INTEGER NOT NULL,
                        lang              TEXT    NOT NULL,
                        -- language and script (org.rendition.text.LanguageTag.matchKey): en-US and en meet
                        lang_match        TEXT    NOT NULL,
                        term              TEXT    NOT NULL,
                        status            TEXT    NOT NULL CHECK (status IN ('PREFERRED', 'ADMITTED', 'DEPRECATED',
                                                                  'SUPERSEDED', 'UNSPECIFIED')),
                        part_of_speech    TEXT    NOT NULL,
                        case_sensitive    INTEGER NOT NULL CHECK (case_sensitive IN (0, 1)),
                        do_not_translate  INTEGER NOT NULL CHECK (do_not_translate IN (0, 1)),
                        PRIMARY KEY (concept_id, position)
                    ) WITHOUT ROWID""");
            s.execute("CREATE INDEX glossary_concept_term_by_language ON glossary_concept_term (lang_match, concept_id)");
            s.execute("""
                    CREATE TABLE glossary_field (
                        concept_id     INTEGER NOT NULL REFERENCES glossary_concept (id) ON DELETE CASCADE,
                        position       INTEGER NOT NULL,
                        -- null: a field of the concept or of a language section (lang); else of that term
                        term_position  INTEGER,
                        lang           TEXT,
                        kind           TEXT    NOT NULL CHECK (kind IN ('DESCRIP', 'NOTE', 'ADMIN', 'XREF',
                                                                'TERM_NOTE', 'TRANSACTION')),
                        type           TEXT,
                        value          TEXT    NOT NULL,
                        source         TEXT,
                        target         TEXT,
                        date           TEXT,
                        by_whom        TEXT,
                        PRIMARY KEY (concept_id, position)
                    ) WITHOUT ROWID""");
        }
        Map<Long, List<Concept>> byGlossary = new LinkedHashMap<>();
        Map<Long, List<String>> forbidden = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT term_id, translation FROM glossary_forbidden"
                     + " ORDER BY term_id, position")) {
            while (rows.next()) {
                forbidden.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT id, glossary_id, source_lang, target_lang, source, target,"
                + " part_of_speech, note, case_sensitive, do_not_translate FROM glossary_term ORDER BY id");
             ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                GlossaryTerm term = new GlossaryTerm(0, null, rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getString(6), PartOfSpeech.valueOf(rows.getString(7)), rows.getString(8),
                        forbidden.getOrDefault(rows.getLong(1), List.of()), rows.getInt(9) == 1, rows.getInt(10) == 1);
                byGlossary.computeIfAbsent(rows.getLong(2), k -> new ArrayList<>()).add(Concept.of(term));
            }
        }
        for (Map.Entry<Long, List<Concept>> glossary : byGlossary.entrySet()) {
            ConceptRows.insertAtSchema9(c, glossary.getKey(), glossary.getValue());
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE glossary_forbidden");
            s.execute("DROP TABLE glossary_term");
        }
    }
}
