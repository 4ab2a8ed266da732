package org.rendition.engine.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HallucinationCheckTest {
    private static final List<SourceWord> READ = List.of(new SourceWord("a", 0, 1, 1), new SourceWord("b", 2, 3, 1));

    @Test
    void aWordThreeTimesInARowIsALoop() {
        assertTrue(HallucinationCheck.loops(List.of("the", "the", "The", "war")));
    }

    @Test
    void aPhraseRepeatedThreeTimesIsALoop() {
        assertTrue(HallucinationCheck.loops(List.of("of", "the", "war", "of", "the", "war", "of", "the", "war")));
    }

    @Test
    void ordinaryRepetitionIsNoLoop() {
        assertFalse(HallucinationCheck.loops(List.of("the", "minister", "and", "the", "general", "met", "the", "press")));
    }

    @Test
    void outputFarLongerThanTheSourceIsFlagged() {
        assertEquals(Set.of(HallucinationSign.FAR_LONGER), HallucinationCheck.signs(List.of("x"), 6, 20, READ));
    }

    @Test
    void outputFarShorterThanTheSourceIsFlagged() {
        assertEquals(Set.of(HallucinationSign.FAR_SHORTER), HallucinationCheck.signs(List.of("x"), 20, 4, READ));
    }

    @Test
    void shortSourcesAreNotJudgedByLength() {
        assertEquals(Set.of(), HallucinationCheck.signs(List.of("Yes,", "it", "is."), 2, 6, READ));
    }

    @Test
    void manySourceWordsWithoutAttentionAreFlagged() {
        List<SourceWord> half = List.of(new SourceWord("a", 0, 1, 1.9), new SourceWord("b", 2, 3, 0.05),
                new SourceWord("c", 4, 5, 0.05), new SourceWord("d", 6, 7, 2));
        assertEquals(Set.of(HallucinationSign.SOURCE_UNREAD),
                HallucinationCheck.signs(List.of("x"), 6, 6, half));
    }
}
