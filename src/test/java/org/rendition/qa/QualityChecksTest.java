package org.rendition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.glossary.GlossaryHit;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.glossary.PartOfSpeech;

class QualityChecksTest {
    private static Segment segment(String source, String target) {
        return new Segment(3, 0, source, target, SegmentStatus.MACHINE);
    }

    private static List<String> messages(Segment segment, QaCheck check) {
        return messages(segment, List.of(), check);
    }

    private static List<String> messages(Segment segment, List<GlossaryHit> hits, QaCheck check) {
        return QualityChecks.check(segment, hits, Set.of(check)).stream().map(QaIssue::message).toList();
    }

    @Test
    void aMemoryMatchWithAnotherDayIsANumberMismatch() {
        Segment reused = new Segment(0, 0, "Встреча министров состоится 15 марта.", "The ministers will meet on 12 March.",
                SegmentStatus.TM_EXACT);
        List<QaIssue> issues = QualityChecks.check(reused, List.of(), QaCheck.all());
        assertEquals(1, issues.stream().filter(i -> i.check() == QaCheck.NUMBERS).count(), issues.toString());
        String message = issues.get(0).message();
        assertTrue(message.contains("'15'") && message.contains("'12'") && message.contains("mismatch"), message);
        assertEquals(0, issues.get(0).segment());
    }

    @Test
    void numbersWrittenWithOtherSeparatorsAndDatesInOtherOrderAgree() {
        assertEquals(List.of(), messages(segment("Бюджет 1 000,5 млн, срок 15.03.2024, начало в 09:30.",
                "A budget of 1,000.5 million, due 03/15/2024, starting at 9:30."), QaCheck.NUMBERS));
    }

    @Test
    void aChangedUrlIsReported() {
        List<String> found = messages(segment("Подробности на https://mil.example/news.",
                "Details at https://mil.example/new."), QaCheck.NUMBERS);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("https://mil.example/news"));
    }

    @Test
    void aLatinNameMissingFromTheTargetIsReported() {
        assertEquals(List.of("Name 'Boeing' of the source is not in the target."),
                messages(segment("Компания Boeing сообщила о сделке.", "The company reported a deal."), QaCheck.NAMES));
    }

    @Test
    void anAcronymKeptInTheTargetIsFine() {
        assertEquals(List.of(), messages(segment("Die NATO tagt.", "NATO is meeting."), QaCheck.NAMES));
    }

    private static GlossaryHit hit(String source, String target, List<String> forbidden) {
        GlossaryTerm term = new GlossaryTerm(1, "mod", "ru", "en", source, target, PartOfSpeech.NOUN, "", forbidden,
                false, false);
        return new GlossaryHit(term, 0, source.length(), source);
    }

    @Test
    void aMissingGlossaryTermIsReported() {
        List<String> found = messages(segment("Министерство обороны заявило.", "The defence department said."),
                List.of(hit("Министерство обороны", "Ministry of Defence", List.of())), QaCheck.GLOSSARY);
        assertEquals(1, found.size());
        assertTrue(found.get(0).contains("Ministry of Defence"), found.get(0));
    }

    @Test
    void anInflectedGlossaryTermCounts() {
        assertEquals(List.of(), messages(segment("Санкция введена.", "The sanctions were imposed."),
                List.of(hit("Санкция", "sanction", List.of())), QaCheck.GLOSSARY));
    }

    @Test
    void aForbiddenTermIsReportedEvenBesideThePreferredOne() {
        List<String> found = messages(segment("Министерство обороны заявило.",
                "The Ministry of Defence (the War Office) said."),
                List.of(hit("Министерство обороны", "Ministry of Defence", List.of("War Office"))), QaCheck.GLOSSARY);
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("Forbidden term 'War Office'"), found.get(0));
    }

    @Test
    void formattingPlacedOverNoWordOfTheTargetIsMissingAndFormattingTheSourceLacksIsExtra() {
        Segment segment = segment("Они продлятся неделю.", "They will last a week.");
        InlineTag italic = new InlineTag(InlineTag.Kind.ITALIC, 14, 20, "");
        InlineTag note = new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 21, 21, "1");
        SegmentFormatting lost = new SegmentFormatting(List.of(italic, note), Optional.of(List.of(
                new InlineTag(InlineTag.Kind.ITALIC, 21, 22, ""), new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 22, 22,
                        "1"), new InlineTag(InlineTag.Kind.BOLD, 0, 4, ""))));
        assertEquals(List.of("Formatting italic over 'неделю' of the source covers nothing in the target.",
                "Formatting bold over 'They' in the target is not in the source."),
                QualityChecks.check(segment, List.of(), Set.of(QaCheck.TAGS), lost).stream().map(QaIssue::message)
                        .toList());
        SegmentFormatting kept = new SegmentFormatting(List.of(italic, note), Optional.of(List.of(
                new InlineTag(InlineTag.Kind.ITALIC, 17, 21, ""), new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 22, 22,
                        "1"))));
        assertEquals(List.of(), QualityChecks.check(segment, List.of(), Set.of(QaCheck.TAGS), kept));
        SegmentFormatting byPosition = new SegmentFormatting(List.of(italic, note), Optional.empty());
        assertEquals(List.of(), QualityChecks.check(segment, List.of(), Set.of(QaCheck.TAGS), byPosition));
    }

    @Test
    void aLostTagAndAnAddedPlaceholderAreReported() {
        List<String> found = messages(segment("Нажмите <b>Сохранить</b>.", "Press Save {0}."), QaCheck.TAGS);
        assertEquals(List.of("Tag '<b>' and '</b>' of the source is missing from the target.",
                "Tag '{0}' in the target is not in the source."), found);
    }

    @Test
    void anEmptyTargetAndACopiedSourceAreUntranslated() {
        assertEquals(List.of("The segment has no translation."),
                messages(new Segment(0, 0, "Доброе утро.", "", SegmentStatus.UNTRANSLATED), QaCheck.UNTRANSLATED));
        assertEquals(List.of("The target is the source, untranslated."),
                messages(segment("Доброе утро.", "Доброе утро."), QaCheck.UNTRANSLATED));
        assertEquals(List.of(), messages(segment("NATO", "NATO"), QaCheck.UNTRANSLATED));
    }

    @Test
    void onlyConfirmedSegmentsPassTheConfirmationCheck() {
        assertEquals(1, messages(segment("Да.", "Yes."), QaCheck.UNCONFIRMED).size());
        assertEquals(List.of(), messages(new Segment(0, 0, "Да.", "Yes.", SegmentStatus.CONFIRMED),
                QaCheck.UNCONFIRMED));
    }

    @Test
    void doubledWordsSpacesAndPunctuationAreReportedButNotAnEllipsis() {
        assertEquals(List.of("Doubled word 'the'.", "Doubled space.", "Doubled punctuation ',,'."),
                messages(segment("Он сказал, что...", "He said the the  thing,, that..."), QaCheck.DOUBLED));
    }

    @Test
    void aSwitchedOffCheckFindsNothing() {
        Segment wrong = segment("15 марта", "12 March");
        assertEquals(List.of(), QualityChecks.check(wrong, List.of(), Set.of(QaCheck.DOUBLED)));
    }

    @Test
    void checksAreNamedOnTheCommandLineByTheirKey() {
        assertEquals(QaCheck.UNCONFIRMED, QaCheck.byKey("Unconfirmed").orElseThrow());
        assertTrue(QaCheck.byKey("spelling").isEmpty());
    }
}
