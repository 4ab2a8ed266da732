package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.memory.TmEntry;
import org.rendition.text.Language;
import org.rendition.workflow.profile.UserProfile;

/**
 * Formatting placed by the model's alignment goes into the memory with a confirmed segment, as TMX
 * inline codes, and comes back with an exact match into another document's export.
 */
class FormattingThroughTheMemoryTest {
    private static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
    private static final String SENTENCE = "Министерство обороны сообщило о начале учений на юге страны.";

    @TempDir
    Path temp;

    @Test
    void aConfirmedSegmentKeepsItsBoldInTheMemoryAndAnExactMatchBringsItBack() throws Exception {
        Path models = SharedData.tinyNllbModels(temp);
        Path database = temp.resolve("profile.db");
        String target;
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument first = workflow.open(wordFile(temp.resolve("first.docx")));
            Segment translated = workflow.translate(first, first.segments(), RU_EN, CancelSignal.NEVER,
                    (segment, done, total) -> { }).get(0);
            target = translated.target();
            workflow.confirm(first, translated, RU_EN);
            workflow.flush();
        }
        TmEntry entry;
        try (UserProfile profile = UserProfile.open(database)) {
            entry = profile.memory().lookup("ru", "en", SENTENCE).exact().get(0).entry();
        }
        assertEquals(target, entry.target());
        assertTrue(entry.taggedSource().toTmx().contains("<bpt i=\"1\" type=\"bold\">&lt;bold&gt;</bpt>начале учений"
                + "<ept i=\"1\">&lt;/bold&gt;</ept>"), entry.taggedSource().toTmx());
        List<InlineTag> stored = MemoryTags.targetTags(entry.taggedSource(), entry.taggedTarget(),
                List.of(new InlineTag(InlineTag.Kind.BOLD, 32, 45, ""))).orElseThrow();
        String boldWords = target.substring(stored.get(0).start(), stored.get(0).end());
        assertFalse(boldWords.isBlank(), entry.taggedTarget().toTmx());

        Path out = temp.resolve("second.en.docx");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument second = workflow.open(wordFile(temp.resolve("second.docx")));
            List<Segment> translated = workflow.translate(second, second.segments(), RU_EN, CancelSignal.NEVER,
                    (segment, done, total) -> { });
            assertEquals(SegmentStatus.TM_EXACT, translated.get(0).status());
            workflow.export(second, translated, Language.ENGLISH, second.exportOptions().get(0), out);
        }
        assertEquals(boldWords, org.rendition.TestDocuments.boldIn(out, target));
    }

    private static Path wordFile(Path file) throws Exception {
        return TargetTagsSavedAndEditedTest.wordFile(file);
    }
}
