package org.rendition.workflow;

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
            assertEquals("colonel", workflow.aidsFor(translated.get(0), RU_EN).glossaryHits().get(0).translation());
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
}
