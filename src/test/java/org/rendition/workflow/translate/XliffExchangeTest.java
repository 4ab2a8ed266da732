package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.nio.charset.StandardCharsets;
import org.rendition.documents.DocumentException;
import org.rendition.documents.XliffSchemas;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.XliffVersion;
import org.rendition.workflow.WorkflowException;

class XliffExchangeTest {
    @TempDir
    Path dir;

    private static final List<Segment> DOCUMENT = List.of(
            new Segment(0, 0, "Министерство обороны сообщило о начале учений.", "The MoD announced drills.",
                    SegmentStatus.MACHINE),
            Segment.untranslated(1, 1, "Учения продлятся неделю."));

    @Test
    void documentSentAsXliffComesBackWithTheColleaguesTargets() throws Exception {
        Path sent = dir.resolve("report.xlf");
        XliffExchange.export(sent, XliffVersion.V2_1, "report.txt", "ru", "en", "OFFICIAL", DOCUMENT);
        String returned = Files.readString(sent).replace("<source>Учения продлятся неделю.</source>",
                "<source>Учения продлятся неделю.</source><target>The drills will last a week.</target>");
        Path back = dir.resolve("back.xlf");
        Files.writeString(back, returned);
        List<Segment> merged = XliffExchange.read(back).mergeInto(DOCUMENT);
        assertEquals("The MoD announced drills.", merged.get(0).target());
        assertEquals("The drills will last a week.", merged.get(1).target());
        assertEquals(SegmentStatus.EDITED, merged.get(1).status());
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void exportedDocumentValidatesAgainstTheOasisSchema(XliffVersion version) throws Exception {
        List<Segment> every = List.of(
                new Segment(0, 0, "Министр & посол <встретились>.", "The minister & envoy met.", SegmentStatus.MACHINE),
                new Segment(1, 0, "Встреча прошла в Минске.", "It was held in Minsk.", SegmentStatus.TM_FUZZY,
                        87),
                new Segment(2, 1, "Итоги.", "Results.", SegmentStatus.CONFIRMED),
                new Segment(3, 1, "Подписи.", "Signatures.", SegmentStatus.EDITED),
                Segment.untranslated(4, 2, "Приложение 1."));
        Path sent = dir.resolve("report." + version.number() + ".xlf");
        XliffExchange.export(sent, version, "report.docx", "ru", "en-GB", "OFFICIAL-SENSITIVE", every);
        XliffSchemas.validate(version, Files.readAllBytes(sent));
        assertEquals(every, XliffExchange.read(sent).segments());
    }

    @Test
    void fileBreakingTheSchemaIsNamedWithItsLine() {
        byte[] broken = ("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file original=\"x\" source-language=\"ru\" datatype=\"plaintext\"><body>\n"
                + "<trans-unit><source>a</source></trans-unit></body></file></xliff>").getBytes(StandardCharsets.UTF_8);
        DocumentException e = assertThrows(DocumentException.class, () -> XliffSchemas.validate(XliffVersion.V1_2,
                broken));
        assertTrue(e.getMessage().contains("XLIFF 1.2 schema at line 4"), e.getMessage());
    }

    @Test
    void xliffOfAnotherDocumentIsRefusedWithWhatToDo() throws Exception {
        Path sent = dir.resolve("report.xlf");
        XliffExchange.export(sent, XliffVersion.V1_2, "report.txt", "ru", "en", null, DOCUMENT.subList(0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XliffExchange.read(sent).mergeInto(DOCUMENT));
        assertTrue(e.getMessage().contains("another version of the document"), e.getMessage());
    }

    @Test
    void fileThatIsNotXliffIsRefusedInOneSentence() throws Exception {
        Path notXliff = dir.resolve("x.xlf");
        Files.writeString(notXliff, "<html/>");
        WorkflowException e = assertThrows(WorkflowException.class, () -> XliffExchange.read(notXliff));
        assertTrue(e.getMessage().startsWith("This is not an XLIFF file"), e.getMessage());
    }

    @Test
    void mergeSaysOfEachSegmentWhetherItWasFilledAndWhyNot() throws Exception {
        List<Segment> mine = List.of(
                new Segment(0, 0, "Один.", "One.", SegmentStatus.MACHINE),
                new Segment(1, 0, "Два.", "Two.", SegmentStatus.MACHINE),
                new Segment(2, 1, "Три.", "Three, confirmed.", SegmentStatus.CONFIRMED),
                Segment.untranslated(3, 1, "Четыре."),
                new Segment(4, 2, "Пять.", "Five.", SegmentStatus.MACHINE),
                new Segment(5, 2, "Шесть.", "Six.", SegmentStatus.EDITED));
        Path sent = dir.resolve("sent.xlf");
        XliffExchange.export(sent, XliffVersion.V2_1, "numbers.txt", "ru", "en", null, mine);
        String xliff = Files.readString(sent)
                .replace(">One.<", ">One, by a colleague.<")
                .replace(">Three, confirmed.<", ">Three, theirs.<")
                .replace("<source>Четыре.</source>", "<source>Четыре.</source><target>Four.</target>")
                .replace("<source>Пять.</source>", "<source>Пять!</source>")
                .replace(">Five.<", ">Five!<")
                .replaceAll("(?s)<target>Six\\.</target>", "");
        Path back = dir.resolve("back.xlf");
        Files.writeString(back, xliff);
        org.rendition.documents.XliffDocument.Merge merge = XliffExchange.read(back).merge(mine);
        assertEquals(List.of(org.rendition.documents.XliffDocument.MergeOutcome.FILLED,
                org.rendition.documents.XliffDocument.MergeOutcome.UNCHANGED,
                org.rendition.documents.XliffDocument.MergeOutcome.KEPT_CONFIRMED,
                org.rendition.documents.XliffDocument.MergeOutcome.FILLED,
                org.rendition.documents.XliffDocument.MergeOutcome.SOURCE_DIFFERS,
                org.rendition.documents.XliffDocument.MergeOutcome.LEFT_EMPTY), merge.outcomes(), xliff);
        assertEquals(new Segment(0, 0, "Один.", "One, by a colleague.", SegmentStatus.EDITED), merge.segments().get(0),
                "still 'machine' in the file, but rewritten: a person's edit a run must not replace");
        assertEquals("Three, confirmed.", merge.segments().get(2).target());
        assertEquals("Four.", merge.segments().get(3).target());
        assertEquals("Five.", merge.segments().get(4).target());
        assertEquals("Six.", merge.segments().get(5).target());
        XliffMerge described = new XliffMerge("back.xlf", XliffVersion.V2_1, org.rendition.text.Language.RUSSIAN,
                org.rendition.text.Language.ENGLISH, merge.segments(), merge.outcomes());
        assertEquals("Merged 'back.xlf': 2 segments filled, 1 already the same; 3 skipped: 1 left empty in the XLIFF"
                + " file (row 6); 1 whose source in the XLIFF file differs from the document's (row 5); 1 confirmed"
                + " here with another translation, which was kept (row 3).", described.summary());
    }
}
