package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

/**
 * Inline tags are placed in a translation by the model's word alignment (decision 11): each
 * formatted source phrase's formatting goes to the target words aligned with it, where placing
 * by position would put it on other words.
 */
class TagPlacementByAlignmentTest {
    private static final String SOURCE = "Министерство обороны сообщило о начале учений на юге страны.";
    /** "начале учений": the bold phrase. */
    private static final InlineTag BOLD = new InlineTag(InlineTag.Kind.BOLD, 32, 45, "");
    /** A translation that opens with a long phrase, so the bold's share of the sentence falls early. */
    private static final String TARGET = "The country's Ministry of Defence in the south reported that it had begun "
        + "the exercises.";

    @TempDir
    Path folder;

    @Test
    void boldCoversTheTargetWordsAlignedToTheBoldSourceWords() {
        List<InlineTag> placed = TagProjection.project(SOURCE, List.of(BOLD), TARGET, alignment());
        assertEquals("had begun the exercises", covered(TARGET, placed.get(0)));
    }

    @Test
    void placingByPositionWouldHaveBoldedOtherWords() {
        InlineTag byPosition = TagProjection.byPosition(SOURCE, BOLD, TARGET);
        assertNotEquals("had begun the exercises", covered(TARGET, byPosition));
        assertFalse(covered(TARGET, byPosition).contains("exercises"), covered(TARGET, byPosition));
    }

    @Test
    void wordFileTakesItsBoldRunFromTheAlignmentNotFromThePosition() throws Exception {
        Path in = folder.resolve("in.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("Министерство обороны сообщило о ");
            XWPFRun bold = paragraph.createRun();
            bold.setBold(true);
            bold.setText("начале учений");
            paragraph.createRun().setText(" на юге страны.");
            write(document, in);
        }
        SourceDocument source = new DocxReader().read(in);
        assertEquals(List.of(BOLD), source.blocks().get(0).tags());
        List<Segment> segments = List.of(Segment.untranslated(0, 0, SOURCE));
        List<InlineTag> placed = TagProjection.project(SOURCE, List.of(BOLD), TARGET, alignment());

        Path aligned = folder.resolve("aligned.docx");
        new DocxWriter().write(new TranslatedDocument(source, Language.RUSSIAN, Language.ENGLISH, segments,
            List.of(TARGET), List.of(Optional.of(placed))), Marking.NONE, aligned);
        assertEquals(List.of("had begun the exercises"), boldTexts(aligned));
        assertEquals(TARGET, paragraphText(aligned));

        Path positional = folder.resolve("positional.docx");
        new DocxWriter().write(new TranslatedDocument(source, Language.RUSSIAN, Language.ENGLISH, segments,
            List.of(TARGET)), Marking.NONE, positional);
        assertNotEquals(List.of("had begun the exercises"), boldTexts(positional));
    }

    @Test
    void boldWordsTheTranslationMovesLaterGoIntoACopyOfTheBoldRunWhereTheyNowStand() throws Exception {
        String source = "Министр обороны заявил о начале учений.";
        String target = "The start of the exercises was announced by the defence minister.";
        InlineTag bold = new InlineTag(InlineTag.Kind.BOLD, 0, 15, "");
        // The→начале, start→начале, of→(none), the→(none), exercises.→учений, was→заявил, announced→заявил,
        // by→(none), the→(none), defence→обороны, minister.→Министр
        WordAlignment alignment = align(source, target, 4, 4, -1, -1, 5, 2, 2, -1, -1, 1, 0);
        List<InlineTag> placed = TagProjection.project(source, List.of(bold), target, alignment);
        assertEquals("defence minister", covered(target, placed.get(0)));

        Path in = folder.resolve("moved.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setText("Министр обороны");
            paragraph.createRun().setText(" заявил о начале учений.");
            write(document, in);
        }
        SourceDocument document = new DocxReader().read(in);
        Path out = folder.resolve("moved.en.docx");
        new DocxWriter().write(new TranslatedDocument(document, Language.RUSSIAN, Language.ENGLISH,
            List.of(Segment.untranslated(0, 0, source)), List.of(target), List.of(Optional.of(placed))),
            Marking.NONE, out);
        assertEquals(List.of("defence minister"), boldTexts(out));
        assertEquals(target, paragraphText(out));
        assertEquals(List.of(new InlineTag(InlineTag.Kind.BOLD, 48, 64, "")),
            new DocxReader().read(out).blocks().get(0).tags());

        Path page = folder.resolve("moved.html");
        Files.writeString(page, "<p><b>Министр обороны</b> заявил о начале учений.</p>");
        Path pageOut = folder.resolve("moved.en.html");
        new HtmlWriter().write(new TranslatedDocument(new HtmlReader().read(page), Language.RUSSIAN, Language.ENGLISH,
            List.of(Segment.untranslated(0, 0, source)), List.of(target), List.of(Optional.of(placed))),
            Marking.NONE, pageOut);
        assertTrue(Files.readString(pageOut).contains("<p>The start of the exercises was announced by the "
            + "<b>defence minister</b>.</p>"), Files.readString(pageOut));
    }

    @Test
    void aTagInsideAnotherStaysInsideItAndStopsShortOfPunctuationAsItDid() {
        String source = "Подробности на сайте министерства.";
        InlineTag link = new InlineTag(InlineTag.Kind.LINK, 15, 33, "rIdLink");
        InlineTag bold = new InlineTag(InlineTag.Kind.BOLD, 21, 33, "");
        String target = "Details on the ministry's website.";
        // Details→Подробности, on→на, the→(none), ministry's→министерства, website.→сайте
        WordAlignment alignment = align(source, target, 0, 1, -1, 3, 2);
        List<InlineTag> placed = TagProjection.project(source, List.of(link, bold), target, alignment);
        assertEquals("ministry's website", covered(target, placed.get(0)));
        assertEquals("ministry's", covered(target, placed.get(1)));
        assertEquals("rIdLink", placed.get(0).detail());
    }

    @Test
    void footnoteReferenceGoesAfterTheWordAlignedToTheWordBeforeIt() {
        String source = "Учения продлятся неделю.";
        InlineTag footnote = new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 6, 6, "1");
        String target = "The exercise will last a week.";
        WordAlignment alignment = align(source, target, 0, 0, 1, 1, -1, 2);
        InlineTag placed = TagProjection.project(source, List.of(footnote), target, alignment).get(0);
        assertEquals(new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 12, 12, "1"), placed);
        InlineTag atTheEnd = new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, source.length(), source.length(), "1");
        assertEquals(target.length(), TagProjection.project(source, List.of(atTheEnd), target, alignment).get(0).start());
    }

    @Test
    void aTagNoWordWasAlignedToIsPlacedByPositionOverAtLeastOneWord() {
        String source = "Они продлятся неделю.";
        InlineTag italic = new InlineTag(InlineTag.Kind.ITALIC, 14, 20, "");
        String target = "They will last seven days.";
        WordAlignment nothingToItalic = align(source, target, 0, 1, 1, -1, -1);
        InlineTag placed = TagProjection.project(source, List.of(italic), target, nothingToItalic).get(0);
        assertTrue(placed.end() > placed.start(), placed.toString());
        assertFalse(covered(target, placed).isBlank());
    }

    @Test
    void webPageTakesItsEmphasisFromTheAlignment() throws Exception {
        Path in = folder.resolve("in.html");
        Files.writeString(in, "<html><body><p>Министерство обороны сообщило о <b>начале учений</b> на юге страны.</p>"
            + "</body></html>");
        SourceDocument source = new HtmlReader().read(in);
        assertEquals(List.of(BOLD), source.blocks().get(0).tags());
        List<InlineTag> placed = TagProjection.project(SOURCE, List.of(BOLD), TARGET, alignment());
        Path out = folder.resolve("out.html");
        new HtmlWriter().write(new TranslatedDocument(source, Language.RUSSIAN, Language.ENGLISH,
            List.of(Segment.untranslated(0, 0, SOURCE)), List.of(TARGET), List.of(Optional.of(placed))),
            Marking.NONE, out);
        String html = Files.readString(out);
        assertTrue(html.contains("<b>had begun the exercises</b>"), html);
        assertTrue(html.contains(TARGET.replace("had begun the exercises", "<b>had begun the exercises</b>")), html);
    }

    /** How {@link #TARGET}'s words align to {@link #SOURCE}'s, as a model's attention would give it. */
    private static WordAlignment alignment() {
        // Source words: 0 Министерство 1 обороны 2 сообщило 3 о 4 начале 5 учений 6 на 7 юге 8 страны.
        // Target words: The country's Ministry of Defence in the south reported that it had begun the exercises.
        return align(SOURCE, TARGET, -1, 8, 0, -1, 1, 6, -1, 7, 2, 3, -1, 4, 4, -1, 5);
    }

    /** Words split at spaces; target word {@code i} aligned to source word {@code links[i]} (-1: none). */
    static WordAlignment align(String source, String target, int... links) {
        List<WordAlignment.Word> sourceWords = new ArrayList<>();
        for (int[] span : spans(source)) {
            sourceWords.add(new WordAlignment.Word(span[0], span[1]));
        }
        List<int[]> targetSpans = spans(target);
        assertEquals(targetSpans.size(), links.length, "one link per target word");
        List<WordAlignment.AlignedWord> targetWords = new ArrayList<>();
        for (int i = 0; i < links.length; i++) {
            targetWords.add(new WordAlignment.AlignedWord(targetSpans.get(i)[0], targetSpans.get(i)[1],
                links[i] < 0 ? List.of() : List.of(links[i])));
        }
        return new WordAlignment(sourceWords, targetWords);
    }

    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(text);
        while (word.find()) {
            spans.add(new int[] {word.start(), word.end()});
        }
        return spans;
    }

    private static String covered(String text, InlineTag tag) {
        return text.substring(tag.start(), tag.end());
    }

    private static void write(XWPFDocument document, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.write(bytes);
        Files.write(file, bytes.toByteArray());
    }

    private static List<String> boldTexts(Path docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            return document.getParagraphs().get(0).getRuns().stream()
                .filter(XWPFRun::isBold).map(XWPFRun::text).filter(text -> !text.isEmpty()).toList();
        }
    }

    private static String paragraphText(Path docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            return document.getParagraphs().get(0).getText();
        }
    }
}
