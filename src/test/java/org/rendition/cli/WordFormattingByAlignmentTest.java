package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.cli.CommandLineTest.rendition;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.rendition.SharedData;
import org.rendition.cli.CommandLineTest.Result;
import org.rendition.documents.DocumentBlock;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentTags;
import org.rendition.documents.SourceDocument;
import org.rendition.documents.TagProjection;
import org.rendition.documents.WordAlignment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.text.Language;
import org.rendition.text.SentenceSegmenter;

/**
 * The acceptance, as a test: a Word file with bold, italic, a hyperlink, a footnote, a
 * field and a table, translated with {@code rendition translate --in x.docx --out y.docx}, comes
 * back with each of them around the translated words the model aligned with the formatted source
 * words (decision 11).
 */
class WordFormattingByAlignmentTest {
    private static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);

    @TempDir
    static Path temp;
    static Path models;

    @BeforeAll
    static void importPack() {
        models = temp.resolve("models");
        Result nllb = rendition("models", "import", SharedData.model("tiny-nllb").toString(),
                "--models-dir", models.toString());
        assertEquals(0, nllb.exit(), nllb.err());
    }

    @Test
    void boldItalicLinkFootnoteFieldAndTableComeBackAroundTheAlignedTranslatedWords() throws Exception {
        Path in = wordFile(temp.resolve("report.docx"));
        Path out = temp.resolve("report.en.docx");
        Result result = rendition("translate", "--in", in.toString(), "--out", out.toString(), "--from", "ru",
                "--no-memory", "--models-dir", models.toString());
        assertEquals(0, result.exit(), result.err());

        List<String> expected = expectedFormattedWords(in, out);
        try (XWPFDocument written = new XWPFDocument(Files.newInputStream(out))) {
            List<XWPFParagraph> paragraphs = written.getParagraphs();
            assertEquals(expected.get(0), runs(paragraphs.get(0), XWPFRun::isBold), "bold");
            assertEquals(expected.get(1), runs(paragraphs.get(1), XWPFRun::isItalic), "italic");
            assertEquals(expected.get(2), runs(paragraphs.get(2), run -> run instanceof XWPFHyperlinkRun), "link");
            assertEquals(expected.get(3), textBeforeFootnoteReference(paragraphs.get(1)), "footnote reference");
            assertFalse(expected.get(0).isBlank() || expected.get(1).isBlank() || expected.get(2).isBlank());

            CTSimpleField field = paragraphs.get(3).getCTP().getFldSimpleArray(0);
            assertEquals(" PAGE ", field.getInstr());
            assertFalse(field.getRArray(0).getTArray(0).getStringValue().isBlank(), "the field keeps its result");
            XWPFTable table = written.getTables().get(0);
            assertEquals(2, table.getRow(0).getTableCells().size());
            table.getRow(0).getTableCells().forEach(cell -> assertTrue(latin(cell.getText()), cell.getText()));
            XWPFFootnote note = written.getFootnotes().stream().filter(f -> f.getId().intValue() == 1)
                    .findFirst().orElseThrow();
            String noteText = note.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining());
            assertTrue(latin(noteText), noteText);
            String body = paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.joining(" "));
            assertTrue(latin(body), body);
        }
    }

    /**
     * What each formatting should cover in the translation: the model's own alignment of each
     * formatted sentence with its translation (one forced pass over the tagged sentences, as the
     * translation run makes it), through {@link TagProjection}. Bold, italic and link words, and
     * the text before the footnote reference.
     */
    private static List<String> expectedFormattedWords(Path in, Path out) throws Exception {
        SourceDocument source = DocumentReaders.read(in);
        List<Segment> segments = source.segments(Language.RUSSIAN, new SentenceSegmenter());
        List<List<InlineTag>> tags = SegmentTags.of(source, segments);
        // The classification marking, in the header and footer, is no translation of anything.
        List<String> targets = DocumentReaders.read(out).blocks().stream().map(DocumentBlock::text)
                .filter(text -> !text.equals("OFFICIAL")).toList();
        assertEquals(source.blocks().size(), segments.size(), "one sentence per paragraph in this file");
        assertEquals(segments.size(), targets.size(), "each paragraph's translation is its sentence's: " + targets
                + " for " + source.blocks().stream().map(DocumentBlock::text).toList());
        List<Integer> tagged = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!tags.get(i).isEmpty()) {
                tagged.add(i);
            }
        }
        List<Optional<TranslationConfidence>> scored;
        try (TranslationEngine engine = TranslationEngine.open(new ModelLibrary(models).find("tiny-nllb")
                .orElseThrow())) {
            scored = engine.score(tagged.stream().map(i -> segments.get(i).source()).toList(),
                    tagged.stream().map(targets::get).toList(), RU_EN);
        }
        List<List<InlineTag>> placed = new ArrayList<>();
        for (int k = 0; k < tagged.size(); k++) {
            int i = tagged.get(k);
            placed.add(TagProjection.project(segments.get(i).source(), tags.get(i), targets.get(i),
                    alignment(scored.get(k).orElseThrow())));
        }
        return List.of(covered(targets.get(0), placed.get(0), InlineTag.Kind.BOLD),
                covered(targets.get(1), placed.get(1), InlineTag.Kind.ITALIC),
                covered(targets.get(2), placed.get(2), InlineTag.Kind.LINK),
                targets.get(1).substring(0, placed.get(1).stream()
                        .filter(t -> t.kind() == InlineTag.Kind.FOOTNOTE_REFERENCE).findFirst().orElseThrow().start()));
    }

    private static WordAlignment alignment(TranslationConfidence confidence) {
        return new WordAlignment(confidence.sourceWords().stream()
                .map(w -> new WordAlignment.Word(w.start(), w.end())).toList(),
                confidence.words().stream()
                        .map(w -> new WordAlignment.AlignedWord(w.start(), w.end(), w.sourceWords())).toList());
    }

    private static String covered(String text, List<InlineTag> tags, InlineTag.Kind kind) {
        InlineTag tag = tags.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
        return text.substring(tag.start(), tag.end());
    }

    private static String runs(XWPFParagraph paragraph, java.util.function.Predicate<XWPFRun> formatted) {
        return paragraph.getRuns().stream().filter(formatted).map(XWPFRun::text).collect(Collectors.joining())
                .strip();
    }

    private static String textBeforeFootnoteReference(XWPFParagraph paragraph) {
        StringBuilder before = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.getCTR().sizeOfFootnoteReferenceArray() > 0) {
                return before.toString();
            }
            before.append(run.text());
        }
        throw new AssertionError("no footnote reference in: " + paragraph.getText());
    }

    private static boolean latin(String text) {
        return !text.isBlank() && text.chars().noneMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.CYRILLIC);
    }

    /** The Word file: bold, italic, a hyperlink, a footnote, a field and a table. */
    private static Path wordFile(Path file) throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph first = document.createParagraph();
            first.createRun().setText("Министерство обороны сообщило о ");
            XWPFRun bold = first.createRun();
            bold.setBold(true);
            bold.setText("начале учений");
            first.createRun().setText(" на юге страны.");

            XWPFParagraph second = document.createParagraph();
            second.createRun().setText("Они продлятся ");
            XWPFRun italic = second.createRun();
            italic.setItalic(true);
            italic.setText("неделю");
            second.createRun().setText(".");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("Сообщение пресс-службы.");
            second.addFootnoteReference(footnote);

            XWPFParagraph third = document.createParagraph();
            third.createRun().setText("Подробности на ");
            third.createHyperlinkRun("https://example.org/").setText("сайте министерства");
            third.createRun().setText(".");

            XWPFParagraph fourth = document.createParagraph();
            fourth.createRun().setText("Страница ");
            CTSimpleField page = fourth.getCTP().addNewFldSimple();
            page.setInstr(" PAGE ");
            CTR result = page.addNewR();
            result.addNewT().setStringValue("1");

            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Место");
            table.getRow(0).getCell(1).setText("Ростов");
            try (OutputStream stream = Files.newOutputStream(file)) {
                document.write(stream);
            }
        }
        return file;
    }
}
