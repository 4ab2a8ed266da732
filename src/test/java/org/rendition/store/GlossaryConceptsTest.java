package org.rendition.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.glossary.Concept;
import org.rendition.glossary.ConceptTerm;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.glossary.TermField;
import org.rendition.glossary.TermStatus;

class GlossaryConceptsTest {
    @TempDir
    Path dir;

    @Test
    void termsStoredBeforeConceptsBecomeConceptsWithTheirForbiddenTranslations() {
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, MigrationVersion.fromVersion("8"))) {
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO glossary (id, name, created_at) VALUES (1, 'mil', '2024-01-01T00:00:00Z')");
                    s.executeUpdate("INSERT INTO glossary_term (id, glossary_id, source_lang, target_lang, source, target,"
                            + " part_of_speech, note, case_sensitive, do_not_translate)"
                            + " VALUES (5, 1, 'ru', 'en', 'взвод', 'platoon', 'NOUN', 'about 30', 0, 0)");
                    return s.executeUpdate("INSERT INTO glossary_forbidden VALUES (5, 0, 'squad')");
                }
            });
        }
        try (Database db = Database.open(file)) {
            List<GlossaryTerm> terms = new GlossaryStore(db).terms("ru", "en");
            assertEquals(1, terms.size());
            assertEquals("platoon", terms.get(0).target());
            assertEquals(List.of("squad"), terms.get(0).forbidden());
            assertEquals("about 30", terms.get(0).note());
        }
    }

    @Test
    void regionalConceptServesBothDirectionsAndKeepsEveryField() {
        Concept concept = new Concept(0, "c1", List.of(TermField.descrip("en-US", "definition", "A unit.", "FM 3-21")),
                List.of(ConceptTerm.of("en-US", "platoon", TermStatus.PREFERRED),
                        ConceptTerm.of("ru-RU", "взвод", TermStatus.PREFERRED),
                        ConceptTerm.of("ru-RU", "плутонг", TermStatus.SUPERSEDED)));
        try (Database db = Database.open(dir.resolve("p.db"))) {
            GlossaryStore store = new GlossaryStore(db);
            store.addConcepts("mil", List.of(concept));
            store.addConcepts("mil", List.of(concept));
            assertEquals(List.of(concept.withId(store.concepts("mil").get(0).id())), store.concepts("mil"),
                    "a concept imported again replaces itself");
            assertEquals("platoon", store.terms("ru", "en").get(0).target());
            GlossaryTerm enRu = store.terms("en", "ru").get(0);
            assertEquals("взвод", enRu.target());
            assertEquals(List.of("плутонг"), enRu.forbidden());
            assertEquals("A unit.", enRu.note());
        }
    }
}
