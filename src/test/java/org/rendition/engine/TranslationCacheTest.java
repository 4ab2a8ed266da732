package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;

/** A sentence repeated within or across documents is decoded once and translated the same way. */
class TranslationCacheTest extends TinyNllb {
    private static List<String> translate(List<String> sentences, List<Integer> reported) {
        return engine.translate(sentences, RU_EN, DecodingOptions.modelDefaults(), CancelSignal.NEVER,
                (index, translation) -> reported.add(index));
    }

    @Test
    void repeatedSentencesAreDecodedOnceAndEveryOneIsReported() {
        List<Integer> reported = new ArrayList<>();
        int before = engine.cachedTranslations();
        List<String> first = translate(List.of("Привет, мир.", "Как дела?", "Привет, мир."), reported);
        assertEquals(first.get(0), first.get(2));
        assertEquals(before + 2, engine.cachedTranslations(), "two distinct sentences, two decodings kept");
        assertEquals(List.of(0, 1, 2), reported.stream().sorted().toList());

        List<Integer> again = new ArrayList<>();
        List<String> second = translate(List.of("Как дела?", "Привет, мир."), again);
        assertEquals(List.of(first.get(1), first.get(0)), second);
        assertEquals(before + 2, engine.cachedTranslations(), "nothing new was decoded");
        assertEquals(List.of(0, 1), again.stream().sorted().toList());
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsedEntriesUpToItsSize() {
        GenerationSettings settings = engine.settingsFor(RU_EN, DecodingOptions.modelDefaults());
        TranslationCache cache = new TranslationCache(2);
        cache.keep(new TranslationCache.Key(settings, new int[] {1}), "one");
        cache.keep(new TranslationCache.Key(settings, new int[] {2}), "two");
        cache.find(new TranslationCache.Key(settings, new int[] {1}));
        cache.keep(new TranslationCache.Key(settings, new int[] {3}), "three");
        assertEquals("one", cache.find(new TranslationCache.Key(settings, new int[] {1})).orElseThrow());
        assertTrue(cache.find(new TranslationCache.Key(settings, new int[] {2})).isEmpty());
        assertTrue(cache.find(new TranslationCache.Key(settings.withBeams(2), new int[] {1})).isEmpty(),
                "other settings, other translation");
        TranslationCache off = new TranslationCache(0);
        off.keep(new TranslationCache.Key(settings, new int[] {1}), "one");
        assertEquals(0, off.size());
    }
}
