package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XliffTest {
    private static final List<Segment> SEGMENTS = List.of(
            new Segment(0, 0, "Министерство обороны сообщило о начале учений.", "The Ministry of Defence announced exercises.",
                    SegmentStatus.MACHINE),
            new Segment(1, 0, "Учения продлятся неделю.", "The exercises will last a week.", SegmentStatus.TM_FUZZY, 87),
            new Segment(2, 1, "Штаб & <округ>", "HQ & <district>", SegmentStatus.CONFIRMED),
            Segment.untranslated(3, 2, "Конец."));

    private static XliffDocument document(XliffVersion version) {
        return new XliffDocument(version, "report.txt", "ru-RU", "en-US", "OFFICIAL", SEGMENTS);
    }

    private static byte[] written(XliffDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffWriter.write(document, out);
        return out.toByteArray();
    }

    @Test
    void documentExportedAsXliff21ValidatesAgainstTheOasisSchemaAndReadsBackWhole() throws Exception {
        byte[] xliff = written(document(XliffVersion.V2_1));
        XliffSchemas.validate2(xliff);
        assertEquals(document(XliffVersion.V2_1), XliffReader.read(xliff));
    }

    @Test
    void aReturnedXliffWithABadByteIsRefusedWithItsLineAndXliffInAnotherEncodingIsRead() throws Exception {
        String text = new String(written(document(XliffVersion.V1_2)), StandardCharsets.UTF_8);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("Конец.");
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        byte[] damaged = bytes.clone();
        damaged[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        DocumentException e = assertThrows(DocumentException.class, () -> XliffReader.read(damaged));
        // The first byte of a two-byte letter: it and the byte left after it are both invalid.
        assertEquals("The XLIFF file has 2 bytes not valid in UTF-8 (the first at line " + line + "); save it again as "
                + "UTF-8 in the tool that wrote it.", e.getMessage());
        byte[] utf16 = text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);
        assertEquals(document(XliffVersion.V1_2), XliffReader.read(utf16));
    }

    @Test
    void documentExportedAsXliff12ReadsBackWhole() throws Exception {
        byte[] xliff = written(document(XliffVersion.V1_2));
        String text = new String(xliff, StandardCharsets.UTF_8);
        assertTrue(text.contains("version=\"1.2\"") && text.contains("state-qualifier=\"fuzzy-match\""), text);
        assertEquals(document(XliffVersion.V1_2), XliffReader.read(xliff));
    }

    @Test
    void translatedXliffFromAColleagueFillsTheDocumentsTargets() throws Exception {
        List<Segment> untranslated = SEGMENTS.stream().map(s -> Segment.untranslated(s.index(), s.paragraph(),
                s.source())).toList();
        String sent = new String(written(new XliffDocument(XliffVersion.V2_1, "report.txt", "ru", "en", null,
                untranslated)), StandardCharsets.UTF_8);
        // What OmegaT or memoQ sends back: targets added, the sentence finished by the colleague marked final.
        String returned = sent.replace("state=\"initial\" subState=\"rendition:untranslated\"><source>Конец.</source>",
                "state=\"final\"><source>Конец.</source><target>The end.</target>")
                .replace("<source>Учения продлятся неделю.</source>",
                        "<source>Учения продлятся неделю.</source><target>The drill lasts a week.</target>");
        XliffDocument back = XliffReader.read(returned.getBytes(StandardCharsets.UTF_8));
        List<Segment> merged = back.mergeInto(untranslated);
        assertEquals("The end.", merged.get(3).target());
        assertEquals(SegmentStatus.CONFIRMED, merged.get(3).status());
        assertEquals("The drill lasts a week.", merged.get(1).target());
        assertEquals(SegmentStatus.EDITED, merged.get(1).status());
        assertEquals(SegmentStatus.UNTRANSLATED, merged.get(0).status());
    }

    @Test
    void xliff12CarryingAnItsVersionAttributeIsReadAsXliff12() throws Exception {
        // Okapi and Matecat write ITS 2.0 annotations into XLIFF 1.2: its:version="2.0" sits on the root.
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its"
                       its:version="2.0" version="1.2">
                  <file original="notes.txt" source-language="ru-RU" target-language="en-US" datatype="plaintext">
                    <body>
                      <trans-unit id="1" its:translate="yes">
                        <source>Штаб округа</source>
                        <target state="translated">District HQ</target>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """;
        XliffDocument read = XliffReader.read(xliff.strip().getBytes(StandardCharsets.UTF_8));
        assertEquals(XliffVersion.V1_2, read.version());
        assertEquals("Штаб округа", read.segments().get(0).source());
        assertEquals("District HQ", read.segments().get(0).target());
    }

    @Test
    void xliff2ThatBreaksTheSchemaIsRefusedWithItsLine() {
        String bad = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"ru\">\n"
                + "<file id=\"f1\"><unit id=\"u1\">\n<segment><target>No source</target></segment>"
                + "</unit></file></xliff>";
        DocumentException e = assertThrows(DocumentException.class,
                () -> XliffReader.read(bad.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    /** A bold name, a link over a bold word crossing it, a footnote reference and a picture. */
    private static final List<List<InlineTag>> TAGS = List.of(
            List.of(new InlineTag(InlineTag.Kind.BOLD, 0, 12, ""),
                    new InlineTag(InlineTag.Kind.LINK, 5, 20, "https://example.org/mod"),
                    new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 46, 46, "1")),
            List.of(new InlineTag(InlineTag.Kind.ITALIC, 0, 6, ""),
                    new InlineTag(InlineTag.Kind.UNDERLINE, 0, 6, ""),
                    new InlineTag(InlineTag.Kind.FIELD, 7, 23, "PAGE")),
            List.of(new InlineTag(InlineTag.Kind.IMAGE, 0, 0, "")),
            List.of());

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void inlineTagsTravelInTheSourceAndComeBackAsTheyWent(XliffVersion version) throws Exception {
        XliffDocument tagged = new XliffDocument(version, "report.docx", "ru", "en", null, SEGMENTS, TAGS);
        byte[] xliff = written(tagged);
        XliffSchemas.validate(version, xliff);
        String text = new String(xliff, StandardCharsets.UTF_8);
        if (version == XliffVersion.V1_2) {
            assertTrue(text.contains("<g id=\"s1t1\" ctype=\"bold\">Минис<bx rid=\"s1t2\""), text);
            assertTrue(text.contains("<bx rid=\"s1t2\" id=\"s1t2\" ctype=\"link\""), text);
            assertTrue(text.contains("<x id=\"s1t3\" ctype=\"x-footnote_reference\" equiv-text=\"1\"/>"), text);
        } else {
            assertTrue(text.contains("<pc id=\"s1t1\" type=\"fmt\" subType=\"xlf:b\">Минис<sc id=\"s1t2\""), text);
            assertTrue(text.contains("<sc id=\"s1t2\" type=\"link\" disp=\"https://example.org/mod\"/>"), text);
            assertTrue(text.contains("<ph id=\"s1t3\" type=\"other\" subType=\"rendition:footnote_reference\""), text);
        }
        XliffDocument back = XliffReader.read(xliff);
        // Targets nobody placed tags in go out with each tag by its share of the sentence, and come back placed.
        assertEquals(SEGMENTS, back.segments().stream().map(s -> s.withTargetTags(java.util.Optional.empty())).toList());
        assertEquals(TAGS, back.sourceTags());
    }
}
