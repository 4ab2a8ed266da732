package org.rendition.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rendition.memory.Origin;
import org.rendition.memory.TmEntry;
import org.rendition.memory.TmProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryLanguagesTest {
    private static final Instant WHEN = Instant.parse("2020-01-02T03:04:05Z");

    @TempDir
    java.nio.file.Path dir;

    private static TmEntry unit(String tuid, String from, String to, String source, String target) {
        return new TmEntry(0, from, to, source, target, null, tuid, "ana.k", WHEN, null, null, Origin.HUMAN,
                List.of(TmProperty.prop("x-project", "Delta")));
    }

    private void importAll(TranslationMemoryStore store, TmEntry... entries) {
        store.importInBatches(List.of(entries).iterator(), 10, n -> { });
    }

    @Test
    void regionalMemoryIsMatchedForPlainLanguagesInBothDirections() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            TranslationMemoryStore store = new TranslationMemoryStore(db);
            importAll(store, unit("1", "en-US", "ru-RU", "The meeting starts at nine.", "Совещание начнётся в девять."));
            assertEquals("Совещание начнётся в девять.",
                    store.exactMatches("en", "ru", "The meeting starts at nine.").get(0).target());
            TmEntry reverse = store.exactMatches("ru", "en", "Совещание начнётся в девять.").get(0);
            assertEquals("The meeting starts at nine.", reverse.target());
            assertEquals("ru-RU", reverse.sourceLang());
            assertEquals(1, store.count());
        }
    }

    @Test
    void sameRegionIsRankedFirstButOtherRegionsStillMatch() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            TranslationMemoryStore store = new TranslationMemoryStore(db);
            importAll(store, unit("1", "ru", "en-GB", "Цвет.", "Colour."), unit("2", "ru", "en-US", "Цвет.", "Color."));
            assertEquals(List.of("Color.", "Colour."),
                    store.exactMatches("ru", "en-US", "Цвет.").stream().map(TmEntry::target).toList());
            assertEquals(List.of("Colour.", "Color."),
                    store.exactMatches("ru", "en-GB", "Цвет.").stream().map(TmEntry::target).toList());
        }
    }

    @Test
    void scriptKeepsTraditionalAndSimplifiedChineseApart() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            TranslationMemoryStore store = new TranslationMemoryStore(db);
            importAll(store, unit("1", "zh-TW", "en", "國家", "country"), unit("2", "sr-Latn", "en", "Zemlja", "Country"));
            assertEquals(1, store.exactMatches("zh-Hant", "en", "國家").size());
            assertTrue(store.exactMatches("zh", "en", "國家").isEmpty());
            assertTrue(store.exactMatches("sr", "en", "Zemlja").isEmpty());
            assertEquals(1, store.exactMatches("sr-Latn-RS", "en", "Zemlja").size());
        }
    }

    @Test
    void reimportingUpdatesInsteadOfDuplicating() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            TranslationMemoryStore store = new TranslationMemoryStore(db);
            importAll(store, unit("77", "ru-RU", "en-US", "Да.", "Yes."), unit(null, "ru", "en", "Нет.", "No."));
            TranslationMemoryStore.ImportCount again = store.importInBatches(List.of(
                    unit("77", "ru-RU", "en-US", "Да.", "Yes indeed."), unit(null, "ru", "en", "Нет.", "No.")).iterator(),
                    10, n -> { });
            assertEquals(new TranslationMemoryStore.ImportCount(0, 2), again);
            assertEquals(2, store.count());
            List<TmEntry> all = new ArrayList<>();
            store.forEach(null, all::add);
            assertEquals("Yes indeed.", all.get(0).target());
            assertEquals("Yes indeed.", store.exactMatches("ru", "en", "Да.").get(0).target());
            assertEquals(1, store.exactMatches("en", "ru", "Yes indeed.").size());
            assertTrue(store.exactMatches("en", "ru", "Yes.").isEmpty());
        }
    }
}
