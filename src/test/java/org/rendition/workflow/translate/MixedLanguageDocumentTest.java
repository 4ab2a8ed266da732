package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.MixedReports;
import org.rendition.SharedData;
import org.rendition.TestDocuments;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.text.Language;

/**
 * A Word file or web page mixing Russian and Arabic paragraphs: each segment is read in its own
 * language (short headings in their neighbours'), translated from it by the model for it, and
 * the run says which segments were read in another language than the document's.
 */
class MixedLanguageDocumentTest {
    @TempDir
    static Path shared;
    static Path models;
    static DocumentTranslation workflow;
    static TextTranslation text;
    @TempDir
    Path temp;

    @BeforeAll
    static void openTinyNllb() throws Exception {
        models = SharedData.tinyNllbModels(shared);
        workflow = new DocumentTranslation(models);
        text = new TextTranslation(models);
    }

    @AfterAll
    static void close() {
        if (workflow != null) {
            workflow.close();
            text.close();
        }
    }

    @Test
    void eachSegmentOfAWordFileIsReadInItsOwnLanguageHeadingsInTheirNeighbours() throws Exception {
        OpenedDocument document = workflow.open(MixedReports.docx(temp.resolve("mixed.docx")));
        assertEquals(Language.RUSSIAN, document.detectedLanguage().orElseThrow());
        assertEquals(MixedReports.LANGUAGES, languagesOf(document));
        assertEquals(Map.of(Language.RUSSIAN, 4, Language.ARABIC, 3), document.languages().counts());
        assertEquals(List.of(Language.RUSSIAN, Language.ARABIC), List.copyOf(document.languages().counts().keySet()));
    }

    @Test
    void eachSegmentOfAWordFileIsTranslatedFromItsOwnLanguage() throws Exception {
        OpenedDocument document = workflow.open(MixedReports.docx(temp.resolve("translated.docx")));
        List<String> notes = new ArrayList<>();
        List<Segment> translated = translate(document, notes);
        assertEquals(List.of("Segments 4, 5, 6 in Arabic: translated from Arabic."), notes);
        assertTranslatedEachFromItsOwnLanguage(translated);
        Path out = temp.resolve("translated.en.docx");
        workflow.export(document, translated, Language.ENGLISH, document.exportOptions().get(0), out);
        String written = String.join("\n", TestDocuments.paragraphs(out));
        assertTrue(written.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), written);
    }

    @Test
    void eachSegmentOfAWebPageIsReadAndTranslatedInItsOwnLanguage() throws Exception {
        OpenedDocument document = workflow.open(MixedReports.html(temp.resolve("mixed.html")));
        assertEquals(MixedReports.LANGUAGES, languagesOf(document));
        List<String> notes = new ArrayList<>();
        assertTranslatedEachFromItsOwnLanguage(translate(document, notes));
        assertEquals(List.of("Segments 4, 5, 6 in Arabic: translated from Arabic."), notes);
    }

    @Test
    void aNamedSourceLanguageIsTrustedForEverySegment() throws Exception {
        OpenedDocument document = workflow.open(MixedReports.docx(temp.resolve("named.docx")));
        List<String> notes = new ArrayList<>();
        List<Segment> translated = workflow.translate(document, document.segments(), Optional.of(Language.RUSSIAN),
                Language.ENGLISH, CancelSignal.NEVER, listener(notes));
        assertEquals(List.of(), notes);
        assertEquals(alone(translated.get(4).source(), Language.RUSSIAN), translated.get(4).target());
    }

    @Test
    void aParagraphAlreadyInTheTargetLanguageIsLeftAsWrittenAndSaidSo() throws Exception {
        String english = "The embassy declined to comment on the talks or on their outcome.";
        Path file = TestDocuments.docx(temp.resolve("quoted.docx"), MixedReports.RUSSIAN_PARAGRAPH, english,
                MixedReports.RUSSIAN_CLOSING);
        OpenedDocument document = workflow.open(file);
        assertEquals(Language.ENGLISH, document.languages().of(2).orElseThrow());
        List<String> notes = new ArrayList<>();
        List<Segment> translated = translate(document, notes);
        assertEquals(List.of("Segment 3 already in English: left as written."), notes);
        assertEquals(SegmentStatus.UNTRANSLATED, translated.get(2).status());
        assertEquals(english, translated.get(2).exportText());
        assertTrue(translated.get(3).status().isMachineOutput());
    }

    @Test
    void segmentsInALanguageNoInstalledModelReadsAreDetectedAndLeftUntranslatedWithTheReason() throws Exception {
        Path marianOnly = temp.resolve("marian-models");
        new ModelLibrary(marianOnly).importFrom(SharedData.model("tiny-marian-zh-en"), ImportRequest.defaults());
        Path file = TestDocuments.docx(temp.resolve("zh-ru.docx"),
                "外交部长今天上午在首都会见了来访的代表团。双方讨论了能源和交通领域的合作。",
                MixedReports.RUSSIAN_CLOSING,
                "下一次会议将于本月底举行。");
        try (DocumentTranslation marian = new DocumentTranslation(marianOnly)) {
            OpenedDocument document = marian.open(file);
            assertEquals(Language.CHINESE, document.detectedLanguage().orElseThrow());
            assertEquals(Language.RUSSIAN, document.languages().of(2).orElseThrow());
            List<String> notes = new ArrayList<>();
            List<Segment> translated = marian.translate(document, document.segments(), Optional.empty(),
                    Language.ENGLISH, CancelSignal.NEVER, listener(notes));
            assertEquals(1, notes.size(), notes.toString());
            assertTrue(notes.get(0).startsWith("Segment 3 in Russian left untranslated: "), notes.get(0));
            assertTrue(notes.get(0).contains("Russian to English"), notes.get(0));
            assertEquals(SegmentStatus.UNTRANSLATED, translated.get(2).status());
            assertTrue(translated.get(0).status().isMachineOutput());
        }
    }

    private static List<Language> languagesOf(OpenedDocument document) {
        return IntStream.range(0, document.segments().size()).mapToObj(i -> document.languages().of(i).orElseThrow())
                .toList();
    }

    private static List<Segment> translate(OpenedDocument document, List<String> notes) {
        return workflow.translate(document, document.segments(), Optional.empty(), Language.ENGLISH,
                CancelSignal.NEVER, listener(notes));
    }

    private static SegmentListener listener(List<String> notes) {
        return new SegmentListener() {
            @Override
            public void translated(Segment segment, int done, int total) {
            }

            @Override
            public void note(String note) {
                notes.add(note);
            }
        };
    }

    /**
     * Every target is what the model gives for the sentence alone from the segment's own
     * language, and the Arabic sentences come out otherwise when read as Russian: the source
     * language the model was given is the segment's.
     */
    private static void assertTranslatedEachFromItsOwnLanguage(List<Segment> translated) {
        assertEquals(MixedReports.LANGUAGES.size(), translated.size());
        for (int i = 0; i < translated.size(); i++) {
            Segment segment = translated.get(i);
            assertTrue(segment.status().isMachineOutput(), segment.toString());
            assertEquals(alone(segment.source(), MixedReports.LANGUAGES.get(i)), segment.target(),
                    "segment " + (i + 1));
        }
        assertNotEquals(alone(translated.get(4).source(), Language.RUSSIAN), translated.get(4).target());
    }

    private static String alone(String sentence, Language from) {
        return text.translate(sentence, Optional.of(from), Language.ENGLISH, Optional.empty(),
                DecodingOptions.modelDefaults(), CancelSignal.NEVER).segments().get(0).segment().target();
    }
}
