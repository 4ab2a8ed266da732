package org.rendition.engine.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rendition.engine.TinyNllb;

/** Confidence and alignment of real translations by the tiny NLLB model. */
class ConfidenceScorerTest extends TinyNllb {
    static final String SOURCE = "Министерство обороны сообщило о начале учений на юге страны.";

    @Test
    void everyTargetWordIsScoredPlacedAndAlignedToASourceWord() {
        String target = translate(SOURCE);
        TranslationConfidence confidence = engine.score(SOURCE, target, RU_EN).orElseThrow();
        assertEquals(target.split("\\s+").length, confidence.words().size(), target);
        for (ScoredWord word : confidence.words()) {
            assertTrue(word.isPlaced(), word.text());
            assertEquals(word.text(), target.substring(word.start(), word.end()));
            assertTrue(word.confidence() > 0 && word.confidence() <= 1, word.toString());
            assertFalse(word.sourceWords().isEmpty(), word.text());
            word.sourceWords().forEach(i -> assertTrue(i >= 0 && i < confidence.sourceWords().size()));
        }
        assertEquals(SOURCE.split("\\s+").length, confidence.sourceWords().size());
        assertTrue(confidence.confidence() > 0 && confidence.confidence() <= 1);
    }

    @Test
    void theModelsOwnOutputIsMoreLikelyThanAnUnrelatedSentence() {
        String target = translate(SOURCE);
        double own = engine.score(SOURCE, target, RU_EN).orElseThrow().confidence();
        double unrelated = engine.score(SOURCE, "Bananas grow quickly in warm purple rain.", RU_EN).orElseThrow()
                .confidence();
        assertTrue(own > unrelated, own + " against " + unrelated);
    }

    @Test
    void aBlankTargetHasNoScore() {
        assertTrue(engine.score(SOURCE, " ", RU_EN).isEmpty());
    }
}
