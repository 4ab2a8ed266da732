package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDManager;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;

/** A document translated by two decoding workers: same translations, progress, cancel and failures. */
class DecodingWorkersTranslationTest {
    private static final List<String> DOCUMENT = List.of("Привет, мир.", "Как дела?", "Спасибо.", "Доброе утро.",
            "Где вокзал?", "Я не знаю.", "Это мой дом.", "Сегодня холодно.", "Привет, мир.");
    @TempDir
    static Path packs;
    private static TranslationEngine twoWorkers;
    private static TranslationEngine oneWorker;

    @BeforeAll
    static void openEngines() throws Exception {
        var pack = new ModelLibrary(packs).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        twoWorkers = openWithDecoders(pack, "2");
        oneWorker = openWithDecoders(pack, "1");
    }

    private static TranslationEngine openWithDecoders(org.rendition.engine.pack.ModelPack pack, String decoders)
            throws Exception {
        String before = System.getProperty(DecoderSetting.PROPERTY);
        System.setProperty(DecoderSetting.PROPERTY, decoders);
        try {
            return TranslationEngine.open(pack);
        } finally {
            if (before == null) {
                System.clearProperty(DecoderSetting.PROPERTY);
            } else {
                System.setProperty(DecoderSetting.PROPERTY, before);
            }
        }
    }

    @AfterAll
    static void closeEngines() {
        twoWorkers.close();
        oneWorker.close();
    }

    @Test
    void twoWorkersTranslateAndReportEverySentenceAsOneDecoderDoes() {
        assertEquals(2, twoWorkers.decoders());
        assertEquals(1, oneWorker.decoders());
        // Batches of 2: five batches, so whole batches go to the workers.
        DecodingOptions options = DecodingOptions.modelDefaults().withBatchSize(2);
        List<Integer> reported = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<String> parallel = twoWorkers.translate(DOCUMENT, TinyNllb.RU_EN, options, CancelSignal.NEVER,
                (index, translation) -> {
                    assertEquals(caller, Thread.currentThread(), "progress is told on the caller's thread");
                    reported.add(index);
                });
        List<String> alone = oneWorker.translate(DOCUMENT, TinyNllb.RU_EN, options, CancelSignal.NEVER,
                SentenceListener.NONE);
        assertEquals(alone, parallel);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), reported.stream().sorted().toList());
        int cached = twoWorkers.cachedTranslations();
        assertEquals(parallel, twoWorkers.translate(DOCUMENT, TinyNllb.RU_EN, options, CancelSignal.NEVER,
                SentenceListener.NONE));
        assertEquals(cached, twoWorkers.cachedTranslations(), "the workers' translations were kept: none decoded again");
    }

    @Test
    void aDocumentsBatchesOnTheWorkersGiveOneDecodersOutputsInOrder() {
        GenerationSettings settings = twoWorkers.settingsFor(TinyNllb.RU_EN, DecodingOptions.modelDefaults());
        List<int[]> sources = DOCUMENT.stream().map(s -> twoWorkers.encode(s, TinyNllb.RU_EN)).toList();
        List<int[]> document = twoWorkers.generateDocument(sources, settings, 2);
        for (int from = 0; from < sources.size(); from += 2) {
            List<int[]> batch = twoWorkers.generate(sources.subList(from, Math.min(sources.size(), from + 2)),
                    settings);
            for (int i = 0; i < batch.size(); i++) {
                assertArrayEquals(batch.get(i), document.get(from + i), "sentence " + (from + i));
            }
        }
    }

    @Test
    void cancellingADocumentStopsEveryWorkerAndLeavesNoRunOpen() throws Exception {
        int openBefore = openRunManagers();
        AtomicBoolean cancelled = new AtomicBoolean();
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fresh.add("Предложение номер " + i + " для отмены.");
        }
        DecodingOptions options = DecodingOptions.modelDefaults().withBatchSize(2);
        assertThrows(CancellationException.class, () -> twoWorkers.translate(fresh, TinyNllb.RU_EN, options,
                cancelled::get, (index, translation) -> cancelled.set(true)));
        assertEquals(openBefore, openRunManagers(), "every worker closed its run");
        assertTrue(twoWorkers.translate(List.of("Спасибо."), TinyNllb.RU_EN, options, CancelSignal.NEVER,
                SentenceListener.NONE).get(0).length() > 0, "the engine translates after a cancel");
    }

    @Test
    void aWorkersFailureEndsTheCallWithOnePlainMessageAndLeavesNoRunOpen() throws Exception {
        int openBefore = openRunManagers();
        GenerationSettings settings = twoWorkers.settingsFor(TinyNllb.RU_EN, DecodingOptions.modelDefaults());
        List<int[]> sources = new ArrayList<>(DOCUMENT.stream().map(s -> twoWorkers.encode(s, TinyNllb.RU_EN))
                .toList());
        // The last batch's worker meets a token the model has no embedding for.
        sources.set(sources.size() - 1, new int[] {Integer.MAX_VALUE / 2, settings.eosId()});
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> twoWorkers.generateDocument(sources, settings, 2));
        assertTrue(failure.getMessage() != null && !failure.getMessage().isBlank(), String.valueOf(failure));
        assertEquals(openBefore, openRunManagers(), "every worker closed its run");
    }

    /** Sub-managers the model's manager holds: one per decoding run not yet closed. */
    private static int openRunManagers() throws ReflectiveOperationException {
        try (NDManager probe = twoWorkers.model().newRunManager()) {
            Field resources = BaseNDManager.class.getDeclaredField("resources");
            resources.setAccessible(true);
            return ((Map<?, ?>) resources.get(probe.getParentManager())).size() - 1;
        }
    }
}
