package org.rendition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedRenderingTest {
    @Test
    void numbersDatesUrlsAndAddressesAreFoundOnceEach() {
        List<FixedRendering> spans = InvariantSpans.find(
                "12.05.2024 в 1 500 км от https://example.org/a?b=1, пишите ivanov@mail.ru, 3,5 тонны.");
        assertEquals(List.of(FixedRendering.Kind.DATE, FixedRendering.Kind.NUMBER, FixedRendering.Kind.URL,
                FixedRendering.Kind.EMAIL, FixedRendering.Kind.NUMBER), spans.stream().map(FixedRendering::kind).toList());
        assertEquals("https://example.org/a?b=1", spans.get(2).target());
        assertEquals("1 500", spans.get(1).target());
    }

    @Test
    void numberKeepsItsValueWhateverItsGrouping() {
        FixedRendering number = InvariantSpans.find("в 1 500 км").get(0);
        assertTrue(number.isPresentIn("at 1,500 km"));
        assertTrue(number.isPresentIn("at 1500 km"));
        assertFalse(number.isPresentIn("at 150 km"));
        assertFalse(number.isPresentIn("at 15000 km"));
    }

    @Test
    void termMustAppearAsAWholeWordIgnoringCase() {
        FixedRendering term = new FixedRendering(0, 5, "Ministry of Defence", FixedRendering.Kind.GLOSSARY_TERM);
        assertTrue(term.isPresentIn("The ministry of defence said"));
        assertFalse(term.isPresentIn("The Ministry of Defences said"));
    }

    @Test
    void aTimeOfDayIsOneSpanThatMustComeBackWhole() {
        List<FixedRendering> spans = InvariantSpans.find("Генерал-майор прибыл в 14:30, а уехал в 9:05:30.");
        assertEquals(List.of("14:30", "9:05:30"), spans.stream().map(FixedRendering::target).toList());
        assertEquals(FixedRendering.Kind.TIME, spans.get(0).kind());
        assertTrue(spans.get(0).isPresentIn("He arrived at 14:30."));
        assertFalse(spans.get(0).isPresentIn("He arrived at 14: 30."));
    }
}
