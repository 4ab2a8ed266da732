package org.rendition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryIndexTest {
    private static GlossaryTerm term(String lang, String source, String target, boolean caseSensitive) {
        return new GlossaryTerm(0, "test", lang, "en", source, target, PartOfSpeech.NOUN, null, List.of(),
                caseSensitive, false);
    }

    private static List<String> found(GlossaryIndex index, String sentence) {
        return index.find(sentence).stream().map(h -> h.term().source() + "=" + h.matchedText()).toList();
    }

    @Test
    void russianObliqueCaseHitsNominativeTerm() {
        GlossaryIndex index = new GlossaryIndex("ru", List.of(term("ru", "Министерство обороны", "Ministry of Defence", false)));
        assertEquals(List.of("Министерство обороны=Министерства обороны"),
                found(index, "Представитель Министерства обороны заявил об этом."));
        assertEquals(List.of("Министерство обороны=министерством обороны"),
                found(index, "Это подтверждено министерством обороны."));
    }

    @Test
    void hyphenatedRankMatchesInAnyCase() {
        GlossaryIndex index = new GlossaryIndex("ru", List.of(term("ru", "генерал-майор", "major general", false),
                term("ru", "майор", "major", false)));
        assertEquals(List.of("генерал-майор=генерал-майора", "майор=майора"),
                found(index, "Приказ генерал-майора был выполнен."));
    }

    @Test
    void wordsOfATermMustBeAdjacent() {
        GlossaryIndex index = new GlossaryIndex("ru", List.of(term("ru", "Генеральный штаб", "General Staff", false)));
        assertTrue(found(index, "Генеральный секретарь посетил штаб.").isEmpty());
    }

    @Test
    void caseSensitiveTermIgnoresOtherCase() {
        GlossaryIndex index = new GlossaryIndex("en", List.of(term("en", "AID", "USAID", true)));
        assertEquals(List.of("AID=AID"), found(index, "Funds from AID arrived."));
        assertTrue(found(index, "First aid arrived.").isEmpty());
    }

    @Test
    void arabicTermMatchesWithConjunctionAndDiacritics() {
        GlossaryIndex index = new GlossaryIndex("ar", List.of(term("ar", "ولي العهد", "Crown Prince", false)));
        assertEquals(1, index.find("وصل وليّ العهد إلى الرياض").size());
    }

    @Test
    void overlappingTermsAreAllReportedLongestFirst() {
        GlossaryIndex index = new GlossaryIndex("ru", List.of(term("ru", "капитан", "captain", false),
                term("ru", "капитан 1-го ранга", "captain 1st rank", false),
                term("ru", "ранг", "rank", false)));
        assertEquals(List.of("капитан 1-го ранга=капитана 1-го ранга", "капитан=капитана", "ранг=ранга"),
                found(index, "Звание капитана 1-го ранга."));
    }
}
