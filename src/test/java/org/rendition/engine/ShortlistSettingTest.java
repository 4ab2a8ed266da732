package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.model.OutputWords;
import org.rendition.engine.model.Precision;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.shortlist.PackShortlist;
import org.rendition.engine.shortlist.ShortlistBuilder;
import org.rendition.engine.shortlist.ShortlistException;
import org.rendition.engine.shortlist.ShortlistSetting;
import org.rendition.text.Language;

/** The shortlist setting decides whether an engine uses the pack's table; off, nothing changes. */
class ShortlistSettingTest {
    private static final LanguagePair ZH_EN = new LanguagePair(Language.CHINESE, Language.ENGLISH);
    private static final List<String> SENTENCES = List.of("我们去公园。", "他是老师。", "你疯了吗？", "上帝保佑美国。");

    @TempDir
    Path folder;

    @Test
    void withTheSettingOffThePacksShortlistIsIgnoredAndWithItOnOutputsComeFromIt() throws Exception {
        ModelPack pack = new ModelLibrary(folder.resolve("models")).importFrom(SharedData.model("tiny-marian-zh-en"),
                ImportRequest.defaults());
        List<int[]> plain;
        try (TranslationEngine engine = TranslationEngine.open(pack, Precision.FP32, ShortlistSetting.OFF)) {
            plain = engine.generate(SENTENCES.stream().map(s -> engine.encode(s, ZH_EN)).toList(),
                    engine.settingsFor(ZH_EN, DecodingOptions.modelDefaults()));
        }
        Path zh = Files.writeString(folder.resolve("zh.txt"), String.join("\n", SENTENCES) + "\n", StandardCharsets.UTF_8);
        Path en = Files.writeString(folder.resolve("en.txt"), "We go to the park.\nHe is a teacher.\nAre you mad?\n"
                + "God bless America.\n", StandardCharsets.UTF_8);
        PackShortlist.build(pack, Language.CHINESE, Language.ENGLISH, zh, en, new ShortlistBuilder.Limits(3, 20),
                Duration.ofMinutes(1));

        try (TranslationEngine off = TranslationEngine.open(pack, Precision.FP32, ShortlistSetting.OFF)) {
            assertTrue(off.shortlist().isEmpty());
            List<int[]> again = off.generate(SENTENCES.stream().map(s -> off.encode(s, ZH_EN)).toList(),
                    off.settingsFor(ZH_EN, DecodingOptions.modelDefaults()));
            for (int i = 0; i < plain.size(); i++) {
                assertArrayEquals(plain.get(i), again.get(i), "sentence " + i);
            }
        }
        try (TranslationEngine on = TranslationEngine.open(pack, Precision.FP32, ShortlistSetting.ON)) {
            assertTrue(on.shortlist().isPresent());
            List<int[]> sources = SENTENCES.stream().map(s -> on.encode(s, ZH_EN)).toList();
            GenerationSettings settings = on.settingsFor(ZH_EN, DecodingOptions.modelDefaults());
            OutputWords words = on.shortlist().get().wordsFor(sources, settings);
            assertTrue(words.size() < 200, words.size() + " words");
            for (int[] output : on.generate(sources, settings)) {
                for (int id : output) {
                    assertTrue(words.column(id) >= 0, "token " + id + " is not on the shortlist");
                }
            }
            assertEquals(SENTENCES.size(), on.translate(SENTENCES, ZH_EN, DecodingOptions.modelDefaults(),
                    org.rendition.engine.decode.CancelSignal.NEVER, SentenceListener.NONE).size());
        }
    }

    @Test
    void askingForAShortlistThePackDoesNotHaveStopsLoadingInOneSentence() throws Exception {
        ModelPack pack = new ModelLibrary(folder.resolve("models")).importFrom(SharedData.model("tiny-marian-zh-en"),
                ImportRequest.defaults());
        ShortlistException e = assertThrows(ShortlistException.class,
                () -> TranslationEngine.open(pack, Precision.FP32, ShortlistSetting.ON));
        assertTrue(e.getMessage().contains("has no shortlist") && e.getMessage().endsWith("."), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
