package org.rendition.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FuzzyScorerTest {
    @Test
    void identicalSourcesScoreHundredDespiteExtraWhitespace() {
        assertEquals(100, FuzzyScorer.score("Я иду домой.", "Я  иду   домой. "));
    }

    @Test
    void oneChangedWordInFourScoresSeventyFive() {
        assertEquals(75, FuzzyScorer.score("the red car stops", "the blue car stops"));
    }

    @Test
    void caseOnlyDifferenceIsNearlyExactButNotHundred() {
        int score = FuzzyScorer.score("Я иду домой", "я иду домой");
        assertTrue(score >= 90 && score < 100, "score " + score);
    }

    @Test
    void missingPunctuationCostsLessThanAMissingWord() {
        int punctuation = FuzzyScorer.score("Well, I go home.", "Well I go home.");
        int word = FuzzyScorer.score("Well, I go home.", "Well, I go.");
        assertTrue(punctuation > word, punctuation + " vs " + word);
        assertTrue(punctuation < 100);
    }

    @Test
    void differencesShowWhatChangedAgainstTheCurrentSource() {
        FuzzyScorer.Comparison c = FuzzyScorer.compare("The red car stops here.", "The blue car stops.");
        assertEquals("The [-red-]{+blue+} car stops [-here-] .", FuzzyScorer.render(c.differences()));
    }

    @Test
    void chineseIsScoredPerCharacter() {
        assertEquals(75, FuzzyScorer.score("我爱北京", "我爱南京"));
    }

    @Test
    void searchWordsAreTheRarestNeededForTheThreshold() {
        Map<String, Long> frequency = Map.of("я", 900L, "иду", 50L, "домой", 10L, "сейчас", 300L);
        // 4 words at 75%: a match shares at least 3, so any 2 words contain a shared one (+1 margin).
        assertEquals(List.of("домой", "иду", "сейчас"),
                FuzzyMatcher.searchWords("Я иду домой сейчас", frequency, 75));
    }
}
