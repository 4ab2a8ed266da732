package org.rendition.workflow.translate;

import org.rendition.workflow.WorkflowException;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.ExportOption;
import org.rendition.workflow.translate.OpenedDocument;
import org.rendition.workflow.translate.SegmentListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.TestDocuments;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.memory.Origin;
import org.rendition.text.Language;
import org.rendition.workflow.profile.UserProfile;

/** The document use cases without any user interface: open, translate, edit, confirm, export. */
class DocumentTranslationTest {
    static final String RUSSIAN = "Министерство обороны сообщило о начале учений. Они продлятся неделю.\n\n"
            + "В учениях участвуют тысячи военнослужащих.\n";
    static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);

    @TempDir
    static Path shared;
    static Path models;
    @TempDir
    Path temp;
    DocumentTranslation workflow;

    @BeforeAll
    static void importPack() throws Exception {
        models = shared.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
    }

    @BeforeEach
    void openWorkflow() {
        workflow = new DocumentTranslation(models);
    }

    @AfterEach
    void closeWorkflow() {
        workflow.close();
    }

    private OpenedDocument russianDocument() throws Exception {
        Path file = temp.resolve("report.ru.txt");
        Files.writeString(file, RUSSIAN, StandardCharsets.UTF_8);
        return workflow.open(file);
    }

    private static ExportOption plainText(OpenedDocument document) {
        return document.exportOptions().stream().filter(o -> o.extension().equals("txt")).findFirst().orElseThrow();
    }

    @Test
    void openingATextGivesSentenceSegmentsWithTheirParagraphs() throws Exception {
        OpenedDocument document = russianDocument();
        assertEquals(Language.RUSSIAN, document.detectedLanguage().orElseThrow());
        List<Segment> segments = document.segments();
        assertEquals(3, segments.size());
        assertEquals(List.of(0, 0, 1), segments.stream().map(Segment::paragraph).toList());
        assertTrue(segments.stream().allMatch(s -> s.status() == SegmentStatus.UNTRANSLATED));
        assertEquals("report.ru.en.txt", document.suggestedExportName(Language.ENGLISH, plainText(document)));
    }

    @Test
    void everySegmentIsReportedAsItIsTranslated() throws Exception {
        OpenedDocument document = russianDocument();
        List<Segment> reported = new ArrayList<>();
        List<Segment> result = workflow.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                (segment, done, total) -> reported.add(segment));
        assertEquals(3, reported.size());
        assertTrue(result.stream().allMatch(s -> s.status().isMachineOutput() && !s.target().isBlank()),
                result.toString());
    }

    @Test
    void theTopRowsAreTranslatedFirstEvenWhenLaterOnesAreLonger() throws Exception {
        // Ten short sentences, then ten long ones: sorted by length alone the short ones would wait.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append("Они продлятся неделю. ");
        }
        for (int i = 0; i < 10; i++) {
            text.append("Министерство обороны сообщило о начале крупных учений на северо-западе страны в этом месяце. ");
        }
        Path file = temp.resolve("order.ru.txt");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        OpenedDocument document = workflow.open(file);
        assertEquals(20, document.segments().size());
        List<Integer> order = new ArrayList<>();
        workflow.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                (segment, done, total) -> order.add(segment.index()));
        assertEquals(20, order.size());
        assertTrue(order.subList(0, 8).stream().allMatch(i -> i < 8), "the first batch is the first rows: " + order);
        assertTrue(order.subList(16, 20).stream().allMatch(i -> i >= 16), "the last batch is the last rows: " + order);
    }

    @Test
    void confirmedAndEditedSegmentsAreNotRetranslated() throws Exception {
        OpenedDocument document = russianDocument();
        List<Segment> segments = new ArrayList<>(document.segments());
        segments.set(0, workflow.confirm(document, workflow.edit(document, segments.get(0), "Mine."), RU_EN));
        segments.set(1, workflow.edit(document, segments.get(1), "Also mine."));
        List<Segment> result = workflow.translate(document, segments, RU_EN, CancelSignal.NEVER, SegmentListener.NONE);
        assertEquals(new Segment(0, 0, segments.get(0).source(), "Mine.", SegmentStatus.CONFIRMED), result.get(0));
        assertEquals(SegmentStatus.EDITED, result.get(1).status());
        assertEquals(SegmentStatus.MACHINE, result.get(2).status());
    }

    @Test
    void exportKeepsParagraphsAndUsesTheTranslatorsTargets() throws Exception {
        OpenedDocument document = russianDocument();
        List<Segment> segments = new ArrayList<>(document.segments());
        segments.set(0, workflow.edit(document, segments.get(0), "The ministry announced exercises."));
        segments.set(1, workflow.edit(document, segments.get(1), "They will last a week."));
        Path out = temp.resolve("out.txt");
        workflow.export(document, segments, Language.ENGLISH, plainText(document), out);
        // The classification marking is the first and last line of every text export.
        assertEquals("OFFICIAL\nThe ministry announced exercises. They will last a week.\n\n"
                + "В учениях участвуют тысячи военнослужащих.\nOFFICIAL\n", Files.readString(out));
    }

    @Test
    void aWordDocumentIsExportedAsWordWithTheTranslatorsTargets() throws Exception {
        Path file = TestDocuments.docx(temp.resolve("brief.docx"),
                "Министерство обороны сообщило о начале учений. Они продлятся неделю.",
                "В учениях участвуют тысячи военнослужащих.");
        OpenedDocument document = workflow.open(file);
        ExportOption word = document.exportOptions().get(0);
        assertEquals("Word document, original layout", word.displayName());
        assertEquals("brief.en.docx", document.suggestedExportName(Language.ENGLISH, word));
        List<Segment> segments = new ArrayList<>(workflow.translate(document, document.segments(), RU_EN,
                CancelSignal.NEVER, SegmentListener.NONE));
        segments.set(2, workflow.edit(document, segments.get(2), "Thousands of soldiers take part."));
        Path out = temp.resolve("brief.en.docx");
        workflow.export(document, segments, Language.ENGLISH, word, out);
        List<String> paragraphs = TestDocuments.paragraphs(out);
        assertEquals(2, paragraphs.size(), paragraphs.toString());
        assertEquals(segments.get(0).target() + " " + segments.get(1).target(), paragraphs.get(0));
        assertEquals("Thousands of soldiers take part.", paragraphs.get(1));
    }

    @Test
    void anExactMemoryMatchIsReusedInsteadOfMachineTranslation() throws Exception {
        Path database = temp.resolve("profile.db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.memory().confirm("ru", "en", "Они продлятся неделю.", "They will last a week.", "earlier.txt",
                    Origin.HUMAN);
        }
        try (DocumentTranslation withMemory = DocumentTranslation.withProfile(models, database)) {
            Path file = temp.resolve("ru.txt");
            Files.writeString(file, RUSSIAN);
            OpenedDocument document = withMemory.open(file);
            List<Segment> result = withMemory.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                    SegmentListener.NONE);
            assertEquals(new Segment(1, 0, "Они продлятся неделю.", "They will last a week.", SegmentStatus.TM_EXACT),
                    result.get(1));
        }
    }

    @Test
    void aCancelledRunStopsWithACancellation() throws Exception {
        OpenedDocument document = russianDocument();
        assertThrows(CancellationException.class, () -> workflow.translate(document, document.segments(), RU_EN,
                () -> true, SegmentListener.NONE));
    }

    @Test
    void aFormatRenditionDoesNotReadIsRefusedInPlainWords() throws Exception {
        Path unknown = temp.resolve("capture.xyz");
        Files.write(unknown, new byte[] {1, 2, 3, 4});
        WorkflowException refused = assertThrows(WorkflowException.class, () -> workflow.open(unknown));
        assertTrue(refused.getMessage().startsWith("Rendition cannot open '.xyz' files"), refused.getMessage());
    }
}
