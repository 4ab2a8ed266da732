package org.rendition.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rendition.engine.decode.GenerationSettings;

/**
 * Translations of sentences this engine has already decoded, so a sentence repeated within a
 * document or across documents (headers, boilerplate, table labels) is decoded once. Keyed by the
 * token ids and every generation setting, so a hit is exactly what decoding would give; bounded,
 * the least recently used entry leaving first. Size with {@code -Drendition.translationCache=N}
 * (entries; 0 turns it off; default 10,000, a few MB).
 */
final class TranslationCache {
    static final int DEFAULT_ENTRIES = 10_000;

    /** What a cached translation depends on. */
    record Key(GenerationSettings settings, String ids) {
        Key(GenerationSettings settings, int[] ids) {
            this(settings, Arrays.toString(ids));
        }
    }

    private final int capacity;
    private final Map<Key, String> entries;

    TranslationCache(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > TranslationCache.this.capacity;
            }
        };
    }

    /** Sized by {@code rendition.translationCache}, or the default when unset or unreadable. */
    static TranslationCache fromSettings() {
        return new TranslationCache(Integer.getInteger("rendition.translationCache", DEFAULT_ENTRIES));
    }

    synchronized Optional<String> find(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void keep(Key key, String translation) {
        if (capacity > 0) {
            entries.put(key, translation);
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
