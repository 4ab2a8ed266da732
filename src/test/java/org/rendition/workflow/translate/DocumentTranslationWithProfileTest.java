package org.rendition.workflow.translate;

import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.OpenedDocument;
import org.rendition.memory.TmMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.history.EventKind;
import org.rendition.text.Language;

/** The workstation's workflow over a profile: glossary kept, confirmations in memory and history. */
class DocumentTranslationWithProfileTest {
    static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);

    @TempDir
    Path temp;

    @Test
    void glossaryTermsAreKeptAndConfirmedSegmentsReachMemoryAndHistory() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("profile.db");
        try (UserProfile setup = UserProfile.open(database)) {
            setup.glossary().importFile(Path.of("glossaries/military-ranks-ru-en.tsv"), "military", null, null);
        }
        Path file = temp.resolve("report.txt");
        Files.writeString(file, "Приказ полковника выполнен.\nКолонна прошла мост.\n");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument document = workflow.open(file);
            List<Segment> translated = workflow.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                    (segment, done, total) -> { });
            assertTrue(translated.get(0).target().toLowerCase(Locale.ROOT).contains("colonel"),
                    translated.get(0).target());
            assertEquals("colonel", workflow.aidsFor(translated.get(0), RU_EN).glossaryHits().get(0).term().target());
            Segment edited = workflow.edit(document, translated.get(1), "The convoy crossed the bridge.");
            workflow.confirm(document, edited, RU_EN);
        }
        try (UserProfile profile = UserProfile.open(database)) {
            assertEquals("The convoy crossed the bridge.",
                    profile.memory().lookup("ru", "en", "Колонна прошла мост.").exact().get(0).entry().target());
            List<EventKind> kinds = profile.history().latest(20).stream().map(r -> r.event().kind()).toList();
            assertTrue(kinds.containsAll(List.of(EventKind.JOB_STARTED, EventKind.SEGMENT_TRANSLATED,
                    EventKind.SEGMENT_EDITED, EventKind.SEGMENT_CONFIRMED)), kinds.toString());
            assertTrue(profile.history().verify().intact());
        }
    }

    @Test
    void aFuzzyMemoryMatchPutOverTheMachineOutputKeepsItsScoreAcrossARestartAndIsAnEditInTheHistory()
            throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("profile.db");
        try (UserProfile setup = UserProfile.open(database)) {
            setup.memory().confirm("ru", "en", "Колонна прошла старый мост.", "The convoy crossed the old bridge.",
                    "earlier.txt", org.rendition.memory.Origin.HUMAN);
        }
        Path file = temp.resolve("convoy.txt");
        Files.writeString(file, "Колонна прошла мост.\n");
        String machine;
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument document = workflow.open(file);
            Segment translated = workflow.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                    (segment, done, total) -> { }).get(0);
            machine = translated.target();
            TmMatch fuzzy = workflow.aidsFor(translated, RU_EN).matches().get(0);
            Segment reused = workflow.useMemoryMatch(document, translated, fuzzy);
            assertEquals(SegmentStatus.TM_FUZZY, reused.status());
            assertEquals(fuzzy.score(), reused.tmScore());
            assertTrue(reused.tmScore() < 100 && reused.tmScore() > 0, "score " + reused.tmScore());
        }
        try (DocumentTranslation again = DocumentTranslation.withProfile(models, database)) {
            Segment resumed = again.open(file).savedWork().orElseThrow().get(0);
            assertEquals(SegmentStatus.TM_FUZZY, resumed.status());
            assertEquals("The convoy crossed the old bridge.", resumed.target());
            assertTrue(resumed.tmScore() > 0 && resumed.tmScore() < 100);
        }
        try (UserProfile profile = UserProfile.open(database)) {
            var edit = profile.history().latest(5).stream().map(r -> r.event())
                    .filter(e -> e.kind() == EventKind.SEGMENT_EDITED).findFirst().orElseThrow();
            assertEquals(machine, edit.machineOutput(), "the review still sees what the machine said");
            assertEquals("The convoy crossed the old bridge.", edit.finalText());
        }
    }

    @Test
    void confidenceScoredInOneSessionIsSavedWithItsSegmentAndForgottenWhenTheTargetChanges() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("profile.db");
        Path file = temp.resolve("scored.txt");
        Files.writeString(file, "Колонна прошла мост.\nУчения продлятся неделю.\n");
        List<java.util.Optional<org.rendition.engine.confidence.TranslationConfidence>> scored;
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument document = workflow.open(file);
            List<Segment> translated = workflow.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                    (segment, done, total) -> { });
            scored = workflow.confidence(document, translated, java.util.Optional.empty(), Language.ENGLISH);
            assertTrue(scored.stream().allMatch(java.util.Optional::isPresent));
            workflow.edit(document, translated.get(1), "The exercises will last a week.");
        }
        try (DocumentTranslation again = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument reopened = again.open(file);
            assertEquals(java.util.Map.of(0, scored.get(0).orElseThrow()), reopened.savedConfidence(),
                    "the first score comes back as it was; the edited target's score went with the old target");
        }
    }

    @Test
    void undoingAConfirmationTakesItsMemoryEntryBackOutAndKeepsTheOlderOne() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("profile.db");
        String source = "Колонна прошла мост.";
        try (UserProfile setup = UserProfile.open(database)) {
            setup.memory().confirm("ru", "en", source, "A column passed the bridge.", "earlier.txt",
                    org.rendition.memory.Origin.HUMAN);
        }
        Path file = temp.resolve("undo.txt");
        Files.writeString(file, source + "\n");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument document = workflow.open(file);
            Segment edited = workflow.edit(document, document.segments().get(0), "The convoy crossed the bridge.");
            Segment confirmed = workflow.confirm(document, edited, java.util.Optional.empty(), Language.ENGLISH);
            workflow.flush();
            assertEquals(List.of("The convoy crossed the bridge.", "A column passed the bridge."), exactTargets(
                    workflow, source));
            workflow.undo(document, confirmed, edited);
            workflow.flush();
            assertEquals(List.of("A column passed the bridge."), exactTargets(workflow, source));
            workflow.redo(document, confirmed, java.util.Optional.empty(), Language.ENGLISH);
            workflow.flush();
            assertEquals(List.of("The convoy crossed the bridge.", "A column passed the bridge."), exactTargets(
                    workflow, source), "a confirmation made again is stored again");
        }
    }

    private static List<String> exactTargets(DocumentTranslation workflow, String source) {
        return workflow.profile().orElseThrow().memory().lookup("ru", "en", source).exact().stream()
                .map(m -> m.entry().target()).toList();
    }
}
