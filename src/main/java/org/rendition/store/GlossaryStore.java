package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.rendition.glossary.Concept;
import org.rendition.glossary.GlossaryInfo;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.glossary.TbxFrame;
import org.rendition.glossary.TbxReader;
import org.rendition.text.LanguageTag;

/**
 * Reads and writes glossaries as concepts ({@link Concept}). The flat source→target terms the
 * matcher and the CSV format use are derived from the concepts of a language pair, with the
 * languages matched on language and script.
 */
public final class GlossaryStore {
    private final Database database;

    public GlossaryStore(Database database) {
        this.database = database;
    }

    /**
     * Adds {@code concepts} to the glossary {@code name} (created if new) in one transaction. A
     * concept with the termbase id of one already in the glossary replaces it, so importing a
     * termbase again updates it.
     */
    public int addConcepts(String name, List<Concept> concepts) {
        return add(name, null, concepts);
    }

    /**
     * Adds the concepts of a TBX file to the glossary {@code name} (created if new) in one
     * transaction, with what surrounds them in the file (its root, header and back matter), so
     * an export gives the file back. A concept with the termbase id of one already in the
     * glossary from a file of the same name (or from no recorded file) replaces it; one from
     * another termbase stays beside it. A file whose concepts were all replaced is forgotten.
     *
     * @param file the file's name, for people reading the table
     */
    public int addTermbase(String name, String file, TbxReader.Termbase termbase) {
        return add(name, new TermbaseFile(file, termbase.frame()), termbase.concepts());
    }

    private record TermbaseFile(String name, TbxFrame frame) {
    }

    private int add(String name, TermbaseFile file, List<Concept> concepts) {
        return database.inTransaction(c -> {
            long glossaryId = glossaryId(c, name);
            Long fileId = file == null ? null : TermbaseFrames.insert(c, file.name(), file.frame());
            // Ids are a termbase's own (LTAC's files all number theirs c1, c2 ...): a concept replaces
            // the one with its id that came from a file of the same name (the termbase imported
            // again), or from no recorded file (imported before files were kept); one with the same
            // id from another termbase stays beside it, and an export gives it a fresh id.
            try (PreparedStatement replaced = c.prepareStatement("DELETE FROM glossary_concept"
                    + " WHERE glossary_id = ? AND concept_key = ?" + (file == null ? ""
                    : " AND (file_id IS NULL OR file_id IN (SELECT id FROM glossary_file WHERE file = ?))"))) {
                for (Concept k : concepts) {
                    if (k.conceptId() != null) {
                        replaced.setLong(1, glossaryId);
                        replaced.setString(2, k.conceptId());
                        if (file != null) {
                            replaced.setString(3, file.name());
                        }
                        replaced.addBatch();
                    }
                }
                replaced.executeBatch();
            }
            replaceSameTermsWithoutId(c, glossaryId, concepts);
            ConceptRows.insert(c, glossaryId, fileId, concepts);
            TermbaseFrames.forgetUnused(c);
            return concepts.size();
        });
    }

    /**
     * A concept without a termbase id (a TBX 2008 entry may have none, a CSV row never has one)
     * replaces one of the glossary's with the same terms in the same languages, each at most once,
     * so importing the file again updates it and a file that holds a concept twice keeps both.
     */
    private static void replaceSameTermsWithoutId(Connection c, long glossaryId, List<Concept> concepts)
            throws SQLException {
        if (concepts.stream().allMatch(k -> k.conceptId() != null)) {
            return;
        }
        Map<String, Deque<Long>> stored = ConceptRows.withoutIdByTerms(c, glossaryId);
        try (PreparedStatement replaced = c.prepareStatement("DELETE FROM glossary_concept WHERE id = ?")) {
            for (Concept k : concepts) {
                Deque<Long> same = k.conceptId() == null ? stored.get(ConceptRows.termsKey(k)) : null;
                if (same != null && !same.isEmpty()) {
                    replaced.setLong(1, same.pop());
                    replaced.addBatch();
                }
            }
            replaced.executeBatch();
        }
    }

    /** Adds flat terms (a CSV glossary) as two-language concepts, in one transaction. */
    public int addTerms(String name, List<GlossaryTerm> terms) {
        return addConcepts(name, terms.stream().map(Concept::of).toList());
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

    /** The concepts of the glossary {@code name}, or of all glossaries when null, in import order. */
    public List<Concept> concepts(String name) {
        return database.read(c -> ConceptRows.load(c, name == null ? "" : " WHERE g.name = ?",
                name == null ? List.of() : List.of(name))).stream().map(ConceptRows.Named::concept).toList();
    }

    /**
     * The concepts of the glossary {@code name} (of all glossaries when null) inside the frame of
     * the TBX file most of them came from, with the back matter of the other files they came
     * from; Rendition's own TBX-Basic frame, in the language of the first term, when none came
     * from a file.
     */
    public TbxReader.Termbase termbase(String name) {
        return database.read(c -> {
            List<Concept> concepts = ConceptRows.load(c, name == null ? "" : " WHERE g.name = ?",
                    name == null ? List.of() : List.of(name)).stream().map(ConceptRows.Named::concept).toList();
            String lang = concepts.isEmpty() ? "en" : concepts.get(0).terms().get(0).lang();
            TbxFrame frame = TermbaseFrames.mostUsed(c, name).orElse(TbxFrame.rendition(lang));
            return new TbxReader.Termbase(frame, concepts);
        });
    }

    /**
     * Terms of the glossary {@code name}, or of all glossaries when null, in import order: each
     * concept from its first language to each other one.
     */
    public List<GlossaryTerm> terms(String name) {
        List<GlossaryTerm> terms = new ArrayList<>();
        database.read(c -> ConceptRows.load(c, name == null ? "" : " WHERE g.name = ?",
                name == null ? List.of() : List.of(name)))
                .forEach(n -> terms.addAll(n.concept().toTerms(n.glossary())));
        return terms;
    }

    /**
     * Terms of every glossary in use for one language pair: the terms a sentence is matched
     * against. An {@code en-US}/{@code ru-RU} termbase serves {@code ru}→{@code en} as well as
     * {@code en}→{@code ru}.
     */
    public List<GlossaryTerm> terms(String sourceLang, String targetLang) {
        List<GlossaryTerm> terms = new ArrayList<>();
        database.read(c -> ConceptRows.load(c, " WHERE g.in_use = 1"
                + " AND EXISTS (SELECT 1 FROM glossary_concept_term s WHERE s.concept_id = c.id AND s.lang_match = ?)"
                + " AND EXISTS (SELECT 1 FROM glossary_concept_term t WHERE t.concept_id = c.id AND t.lang_match = ?)",
                List.of(LanguageTag.matchKey(sourceLang), LanguageTag.matchKey(targetLang))))
                .forEach(n -> terms.addAll(n.concept().toTerms(n.glossary(), sourceLang, targetLang)));
        return terms;
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

    /**
     * A value that changes whenever terms are added, replaced or removed, or a glossary is put in
     * use or set aside, by this process or another (a command-line import while the window runs).
     */
    public String contentVersion() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("SELECT (SELECT count(*) FROM glossary_concept),"
                         + " (SELECT coalesce(max(id), 0) FROM glossary_concept),"
                         + " (SELECT count(*) FROM glossary_concept_term),"
                         + " (SELECT count(*) FROM glossary WHERE in_use = 1),"
                         + " (SELECT coalesce(sum(id), 0) FROM glossary WHERE in_use = 1)")) {
                row.next();
                return row.getLong(1) + ":" + row.getLong(2) + ":" + row.getLong(3) + ":" + row.getLong(4) + ":"
                        + row.getLong(5);
            }
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

    /** Every glossary with its number of concepts (a CSV row is one), by name. */
    public List<GlossaryInfo> glossaries() {
        return database.read(c -> {
            List<GlossaryInfo> result = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT g.name, count(k.id) FROM glossary g"
                         + " LEFT JOIN glossary_concept k ON k.glossary_id = g.id GROUP BY g.id ORDER BY g.name")) {
                while (rows.next()) {
                    result.add(new GlossaryInfo(rows.getString(1), rows.getLong(2)));
                }
            }
            return result;
        });
    }
}
