package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.memory.Origin;
import org.rendition.text.Language;
import org.rendition.workflow.profile.UserProfile;

/**
 * The command line translates through {@link TextTranslation}, the workstation through
 * {@link DocumentTranslation}. With the same memory and glossary, each sentence must come out with
 * the same target and the same status from both: a memory match used, a glossary term kept, the
 * model's own output.
 */
class SameTreatmentFromEitherFaceTest {
    private static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
    private static final List<String> SENTENCES = List.of("Приказ полковника выполнен.", "Они продлятся неделю.",
            "Колонна прошла мост.", "Генерал-майор прибыл в 14:30.");

    @TempDir
    Path temp;

    @Test
    void theCommandLineAndTheWorkstationGiveTheSameTargetAndStatusForEachSentence() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("profile.db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.glossary().importFile(Path.of("glossaries/military-ranks-ru-en.tsv"), "military", null, null);
            profile.memory().confirm("ru", "en", "Они продлятся неделю.", "They will last a week.", "earlier.txt",
                    Origin.HUMAN);
        }

        List<Segment> fromCommandLine;
        try (UserProfile profile = UserProfile.open(database);
                TextTranslation text = new TextTranslation(models, profile)) {
            fromCommandLine = text.translate("brief.txt", String.join("\n", SENTENCES), Optional.of(Language.RUSSIAN),
                    Language.ENGLISH, Optional.empty(), DecodingOptions.modelDefaults(), CancelSignal.NEVER)
                    .segments().stream().map(TranslatedSegment::segment).toList();
        }

        List<Segment> fromWorkstation;
        Path file = temp.resolve("brief.txt");
        Files.writeString(file, String.join("\n", SENTENCES) + "\n");
        try (DocumentTranslation documents = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument document = documents.open(file);
            fromWorkstation = documents.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                    SegmentListener.NONE);
        }

        assertEquals(SENTENCES.size(), fromCommandLine.size());
        assertEquals(SENTENCES.size(), fromWorkstation.size());
        for (int i = 0; i < SENTENCES.size(); i++) {
            Segment cli = fromCommandLine.get(i);
            Segment window = fromWorkstation.get(i);
            assertEquals(cli.source(), window.source());
            assertEquals(cli.target(), window.target(), "target of sentence " + (i + 1));
            assertEquals(cli.status(), window.status(), "status of sentence " + (i + 1));
        }
        assertEquals(SegmentStatus.TM_EXACT, fromWorkstation.get(1).status(), "the memory match is used");
        assertTrue(fromWorkstation.get(0).target().toLowerCase().contains("colonel"), fromWorkstation.get(0).target());
        assertTrue(fromWorkstation.get(3).target().toLowerCase().contains("major general"),
                fromWorkstation.get(3).target());
        assertTrue(fromWorkstation.get(3).target().contains("14:30"), "a time stays whole: "
                + fromWorkstation.get(3).target());
    }
}
