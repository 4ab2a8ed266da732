package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.TestDocuments;
import org.rendition.TestDocuments.Run;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.memory.TmEntry;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;
import org.rendition.workflow.profile.UserProfile;

/**
 * Tags placed in a target are part of the segment: the analyst's moved bold is saved, comes back
 * when the document is reopened, is exported around the words she chose, goes into the memory
 * when she confirms, and QA finds a tag she deleted.
 */
class TargetTagsSavedAndEditedTest {
    static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
    static final String TARGET = "The ministry announced the start of exercises in the south.";
    /** Bold over "in the south", where the analyst wants it. */
    static final List<InlineTag> MOVED = List.of(new InlineTag(InlineTag.Kind.BOLD, TARGET.indexOf("in the south"),
            TARGET.indexOf("in the south") + "in the south".length(), ""));

    @TempDir
    Path temp;

    @Test
    void aMovedBoldIsSavedReopenedAndExportedAroundTheWordsTheAnalystChose() throws Exception {
        Path models = SharedData.tinyNllbModels(temp);
        Path database = temp.resolve("profile.db");
        Path file = wordFile(temp.resolve("brief.docx"));
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument opened = workflow.open(file);
            Segment translated = workflow.translate(opened, opened.segments(), RU_EN, CancelSignal.NEVER,
                    (segment, done, total) -> { }).get(0);
            assertTrue(translated.targetTags().isPresent(), "the model's alignment placed the bold: " + translated);
            workflow.edit(opened, translated, TARGET, Optional.of(MOVED));
            workflow.flush();
        }
        Path out = temp.resolve("brief.en.docx");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument reopened = workflow.open(file);
            List<Segment> saved = reopened.savedWork().orElseThrow();
            assertEquals(Optional.of(MOVED), saved.get(0).targetTags());
            workflow.export(reopened, saved, Language.ENGLISH, reopened.exportOptions().get(0), out);
        }
        assertEquals("in the south", TestDocuments.boldIn(out, TARGET));
    }

    @Test
    void confirmingAnEditedTargetStoresTheTagsTheAnalystPlacedInTheMemory() throws Exception {
        Path models = SharedData.tinyNllbModels(temp);
        Path database = temp.resolve("profile.db");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument opened = workflow.open(wordFile(temp.resolve("brief.docx")));
            Segment edited = workflow.edit(opened, opened.segments().get(0), TARGET, Optional.of(MOVED));
            workflow.confirm(opened, edited, RU_EN);
            workflow.flush();
        }
        try (UserProfile profile = UserProfile.open(database)) {
            TmEntry entry = profile.memory().lookup("ru", "en", SENTENCE).exact().get(0).entry();
            assertTrue(entry.taggedTarget().toTmx().contains("<bpt i=\"1\" type=\"bold\">&lt;bold&gt;</bpt>in the south"
                    + "<ept i=\"1\">&lt;/bold&gt;</ept>"), entry.taggedTarget().toTmx());
        }
    }

    @Test
    void qaFindsTheBoldTheAnalystDeletedFromHerTarget() throws Exception {
        try (DocumentTranslation workflow = new DocumentTranslation(SharedData.tinyNllbModels(temp))) {
            OpenedDocument opened = workflow.open(wordFile(temp.resolve("brief.docx")));
            Segment edited = workflow.edit(opened, opened.segments().get(0), TARGET, Optional.of(List.of()));
            List<QaIssue> issues = workflow.check(opened, List.of(edited), Optional.of(Language.RUSSIAN),
                    Language.ENGLISH, Set.of(QaCheck.TAGS));
            assertTrue(issues.stream().anyMatch(i -> i.message().contains("bold over 'начале учений'")),
                    issues.toString());
        }
    }

    @Test
    void replacingTextInATaggedTargetKeepsTheBoldOnTheWordsAroundTheChange() throws Exception {
        try (DocumentTranslation workflow = new DocumentTranslation(SharedData.tinyNllbModels(temp))) {
            OpenedDocument opened = workflow.open(wordFile(temp.resolve("brief.docx")));
            Segment edited = workflow.edit(opened, opened.segments().get(0), TARGET, Optional.of(MOVED));
            Segment replaced = workflow.edit(opened, edited, TARGET.replace("ministry", "defence ministry"));
            InlineTag bold = replaced.targetTags().orElseThrow().get(0);
            assertEquals("in the south", replaced.target().substring(bold.start(), bold.end()));
        }
    }

    static final String SENTENCE = "Министерство обороны сообщило о начале учений на юге страны.";

    /** The sentence with "начале учений" in bold. */
    @Test
    void aLinkSavedByAnEarlierVersionUnderItsRelationshipIdComesBackNamingItsAddress() throws Exception {
        Path models = SharedData.tinyNllbModels(temp);
        Path database = temp.resolve("profile.db");
        Path file = TestDocuments.docx(temp.resolve("linked.docx"), Run.plain("Подробности на "),
                Run.link("сайте министерства", "https://example.org/mod"), Run.plain("."));
        String target = "Details on the ministry's website.";
        // As earlier versions read a Word link, and saved it in the target: by its relationship's id.
        InlineTag savedEarlier = new InlineTag(InlineTag.Kind.LINK, target.indexOf("the ministry"),
                target.length() - 1, "rId4");
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument opened = workflow.open(file);
            assertEquals("https://example.org/mod", opened.sourceTags(0).get(0).detail());
            workflow.edit(opened, opened.segments().get(0), target, Optional.of(List.of(savedEarlier)));
            workflow.flush();
        }
        try (DocumentTranslation workflow = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument reopened = workflow.open(file);
            assertEquals(Optional.of(List.of(new InlineTag(InlineTag.Kind.LINK, savedEarlier.start(),
                    savedEarlier.end(), "https://example.org/mod"))),
                    reopened.savedWork().orElseThrow().get(0).targetTags());
        }
    }

    static Path wordFile(Path file) throws Exception {
        return TestDocuments.docx(file, Run.plain("Министерство обороны сообщило о "), Run.bold("начале учений"),
                Run.plain(" на юге страны."));
    }
}
