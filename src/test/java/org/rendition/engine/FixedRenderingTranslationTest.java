package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.text.FixedRendering;
import org.rendition.text.InvariantSpans;
import org.rendition.text.Language;

/** Fixed renderings reach the translation even when the model alone drops them. */
class FixedRenderingTranslationTest extends TinyNllb {
    private static KeptTranslation keep(String sentence, List<FixedRendering> fixed) {
        return engine.translateKeeping(List.of(sentence), List.of(fixed), RU_EN, DecodingOptions.modelDefaults(),
                CancelSignal.NEVER, SentenceListener.NONE);
    }

    @Test
    void numbersAndUrlsKeepTheirValue() {
        String sentence = "В 2024 году в учениях участвовали 15 000 человек, подробности на https://mil.example/news.";
        List<FixedRendering> fixed = InvariantSpans.find(sentence);
        String english = keep(sentence, fixed).translations().get(0);
        fixed.forEach(f -> assertTrue(f.isPresentIn(english), f.target() + " in " + english));
    }

    @Test
    void approvedTermAndDoNotTranslateNameAppearInTheTranslation() {
        String sentence = "Министерство обороны сообщило, что операция «Гранит» завершена.";
        List<FixedRendering> fixed = List.of(
                new FixedRendering(0, 20, "Ministry of Defence", FixedRendering.Kind.GLOSSARY_TERM),
                new FixedRendering(sentence.indexOf("«Гранит»"), sentence.indexOf("«Гранит»") + 8, "«Гранит»",
                        FixedRendering.Kind.DO_NOT_TRANSLATE));
        KeptTranslation kept = keep(sentence, fixed);
        String english = kept.translations().get(0);
        assertTrue(english.startsWith("Ministry of Defence"), english);
        assertTrue(english.contains("«Гранит»"), english);
        assertEquals(List.of(true), kept.repaired(), "the tiny model alone does not know the term");
    }

    @Test
    void sentenceWithoutFixedRenderingsIsTheModelsOwnTranslation() {
        String sentence = "Я люблю свою собаку.";
        String plain = engine.translate(List.of(sentence), RU_EN, DecodingOptions.modelDefaults(), CancelSignal.NEVER,
                SentenceListener.NONE).get(0);
        KeptTranslation kept = keep(sentence, List.of());
        assertEquals(plain, kept.translations().get(0));
        assertEquals(List.of(false), kept.repaired());
    }
}
