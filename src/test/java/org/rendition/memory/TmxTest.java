package org.rendition.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TmxTest {
    private static final Instant WHEN = Instant.parse("2020-01-01T00:00:00Z");

    @Test
    void tmxRoundTripKeepsEverySegmentAndAttribute() throws Exception {
        List<TmEntry> original = List.of(
                new TmEntry(0, "ru", "en", "Министерство обороны & <штаб>", "Ministry of Defence & <HQ>",
                        "report.docx", "tu-1", "anna", Instant.parse("2024-03-01T10:15:30Z"), "boris",
                        Instant.parse("2024-03-02T08:00:00Z"), Origin.EDITED_MACHINE,
                        List.of(new TmProperty(TmProperty.Kind.ATTRIBUTE, "usagecount", null, "3"),
                                TmProperty.prop("x-project", "Falcon"),
                                new TmProperty(TmProperty.Kind.NOTE, null, "en", "checked twice"),
                                TmProperty.prop("x-client", "MoD"))),
                new TmEntry(0, "ar", "en", "السيد الرئيس", "Mr. President", null, null, "omar",
                        Instant.parse("2023-12-31T23:59:59Z"), null, null, Origin.MACHINE, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, TmxHeader.rendition(null))) {
            for (TmEntry entry : original) {
                writer.write(entry);
            }
        }
        List<TmEntry> read = new ArrayList<>();
        new TmxReader("nobody", WHEN).read(new ByteArrayInputStream(out.toByteArray()), read::add, w -> { });
        assertEquals(original, read);
    }

    @Test
    void malformedTmxNamesTheLine() {
        String tmx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                <header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en"
                        o-tmf="x" creationtool="x" creationtoolversion="1"/>
                <body>
                <tu><tuv xml:lang="ru"><seg>Да</seg></tuv><tuv xml:lang="en"><seg>Yes</seg></tuv></tu>
                <tu><tuv xml:lang="ru"><seg>Нет</seg></tuv><tuv xml:lang="en"><seg>No</sag></tuv></tu>
                </body>
                </tmx>
                """;
        TmxFormatException e = assertThrows(TmxFormatException.class, () -> new TmxReader("x", WHEN)
                .read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), entry -> { }, w -> { }));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().startsWith("Line 7: "), e.getMessage());
    }

    @Test
    void unitWithoutSourceVariantIsSkippedWithItsLineAndTheRestImported() throws Exception {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"ru\"/><body>\n\n"
                + "<tu tuid=\"7\"><tuv xml:lang=\"en\"><seg>No</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"ru\"><seg>Да</seg></tuv><tuv xml:lang=\"en\"><seg>Yes</seg></tuv></tu>"
                + "</body></tmx>";
        List<TmEntry> read = new ArrayList<>();
        List<TmxWarning> skipped = new ArrayList<>();
        new TmxReader("x", WHEN).read(bytes(tmx), read::add, skipped::add);
        assertEquals(1, read.size());
        assertEquals(1, skipped.size());
        assertEquals(3, skipped.get(0).line());
        assertTrue(skipped.get(0).toString().startsWith("Line 3: ") && skipped.get(0).message().contains("'7'"),
                skipped.get(0).toString());
    }

    @Test
    void bytesThatAreNotValidUtf8AreReadAsReplacementCharactersAndReportedNotRefused() throws Exception {
        byte[] start = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>Caf").getBytes(StandardCharsets.UTF_8);
        // A Windows-1252 e-acute written into a UTF-8 file, as hand-edited memories often have.
        byte[] rest = ("</seg></tuv><tuv xml:lang=\"ru\"><seg>Кафе</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>Tea</seg></tuv><tuv xml:lang=\"ru\"><seg>Чай</seg></tuv></tu>"
                + "</body></tmx>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(start);
        file.write(0xE9);
        file.write(rest);
        List<TmEntry> read = new ArrayList<>();
        List<TmxWarning> warnings = new ArrayList<>();
        new TmxReader("x", WHEN).read(new ByteArrayInputStream(file.toByteArray()), read::add, warnings::add);
        assertEquals(List.of("Caf\uFFFD", "Tea"), read.stream().map(TmEntry::source).toList());
        assertEquals(1, warnings.size());
        assertEquals(false, warnings.get(0).unitSkipped());
        assertEquals(3, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("1 byte not valid in UTF-8"), warnings.get(0).message());
    }

    @Test
    void theEncodingTheDeclarationNamesIsUsed() throws Exception {
        String tmx = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><tmx version=\"1.4\"><header srclang=\"ru\"/>"
                + "<body><tu><tuv xml:lang=\"ru\"><seg>Да</seg></tuv><tuv xml:lang=\"en\"><seg>Yes</seg></tuv></tu>"
                + "</body></tmx>";
        List<TmxWarning> warnings = new ArrayList<>();
        assertEquals("Да", firstSource(tmx.getBytes(java.nio.charset.Charset.forName("windows-1251")), warnings));
        assertEquals("Да", firstSource(tmx.replace("windows-1251", "UTF-16").getBytes(StandardCharsets.UTF_16LE),
                warnings));
        assertEquals(List.of(), warnings);
    }

    private static String firstSource(byte[] file, List<TmxWarning> warnings) throws Exception {
        List<TmEntry> read = new ArrayList<>();
        new TmxReader("x", WHEN).read(new ByteArrayInputStream(file), read::add, warnings::add);
        return read.get(0).source();
    }

    @Test
    void sourceVariantIsFoundWhenItsRegionDiffersFromTheHeader() throws Exception {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"en-US\"/><body><tu>"
                + "<tuv xml:lang=\"EN-GB\"><seg>Colour</seg></tuv><tuv xml:lang=\"ru-RU\"><seg>Цвет</seg></tuv>"
                + "</tu></body></tmx>";
        List<TmEntry> read = new ArrayList<>();
        new TmxReader("x", WHEN).read(bytes(tmx), read::add, w -> { });
        assertEquals("EN-GB", read.get(0).sourceLang());
        assertEquals("ru-RU", read.get(0).targetLang());
    }

    @Test
    void inlineTagsAreKeptWithTheirMarkupAndHighlightedTextStaysText() throws Exception {
        String seg = "<bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>Bold<ept i=\"1\">&lt;/b&gt;</ept> <hi type=\"x\">text</hi>"
                + "<ph x=\"2\">&lt;img src=\"<sub>Alt &amp; more</sub>\"/&gt;</ph><it pos=\"begin\">&lt;i&gt;</it>";
        String tmx = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"
                + "<tuv xml:lang=\"en\"><seg>" + seg + "</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Жирный текст</seg></tuv></tu></body></tmx>";
        List<TmEntry> read = new ArrayList<>();
        new TmxReader("x", WHEN).read(bytes(tmx), read::add, w -> { });
        TmEntry entry = read.get(0);
        assertEquals("Bold text", entry.source());
        assertEquals(List.of(InlineTag.Kind.BEGIN, InlineTag.Kind.END, InlineTag.Kind.HIGHLIGHT_START,
                        InlineTag.Kind.HIGHLIGHT_END, InlineTag.Kind.PLACEHOLDER, InlineTag.Kind.ISOLATED),
                entry.sourceTags().stream().map(InlineTag::kind).toList());
        assertEquals("1", entry.sourceTags().get(0).pairId());
        assertEquals(4, entry.sourceTags().get(1).offset());
        assertEquals(seg, entry.taggedSource().toTmx());
        assertEquals("x", entry.createdBy());
    }

    @Test
    void tagsAndRegionsSurviveAWriteAndReadAgain() throws Exception {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"ru-RU\"/><body><tu tuid=\"77\" usagecount=\"4\">"
                + "<tuv xml:lang=\"ru-RU\"><seg>Совещание <bpt i=\"1\">&lt;b&gt;</bpt>начнётся<ept i=\"1\">&lt;/b&gt;</ept>.</seg></tuv>"
                + "<tuv xml:lang=\"en-US\"><seg>The meeting <bpt i=\"1\">&lt;b&gt;</bpt>starts<ept i=\"1\">&lt;/b&gt;</ept>.</seg></tuv>"
                + "</tu></body></tmx>";
        List<TmEntry> first = new ArrayList<>();
        new TmxReader("x", WHEN).read(bytes(tmx), first::add, w -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, "ru-RU")) {
            writer.write(first.get(0));
        }
        List<TmEntry> second = new ArrayList<>();
        new TmxReader("y", WHEN).read(new ByteArrayInputStream(out.toByteArray()), second::add, w -> { });
        assertEquals(first, second);
        assertEquals(2, second.get(0).targetTags().size());
    }

    /** A header with every attribute, notes, props and a user-defined entity; variants with their own. */
    static final String FULL_HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
            <header creationtool="Other" creationtoolversion="9" segtype="sentence" o-tmf="x" adminlang="en-US"
             srclang="ru-RU" datatype="plaintext" o-encoding="windows-1251" creationdate="20190101T000000Z"
             creationid="pm" changedate="20190202T101010Z" changeid="pm2" x-extra="kept too">
              <note xml:lang="en">Delta project memory</note>
              <prop type="x-client">MoD &amp; partners</prop>
              <ude name="MacRoman" base="Macintosh"><map unicode="#xF8FF" code="#xF0" ent="Apple_logo" subst="[Apple]"/></ude>
              <prop type="x-domain">defence</prop>
            </header>
            <body>
            <tu tuid="1" creationid="ana" creationdate="20200102T030405Z">
              <note>unit note</note>
              <tuv xml:lang="ru-RU" creationtool="Trados" usagecount="2"><prop type="x-origin">scan</prop><seg>Да.</seg></tuv>
              <tuv xml:lang="en-US" changeid="boris" changedate="20200203T040506Z"><note>checked</note><seg>Yes.</seg></tuv>
            </tu>
            <tu>
              <tuv lang="ru-RU"><seg>Нет.</seg></tuv>
              <tuv lang="en-GB" creationid="omegat.user" creationdate="20210101T000000Z"><seg>No.</seg></tuv>
            </tu>
            </body>
            </tmx>
            """;

    @Test
    void headerAndVariantAttributesPropsAndNotesSurviveAWriteAndReadAgain() throws Exception {
        List<TmEntry> first = new ArrayList<>();
        TmxHeader header = new TmxReader("x", WHEN).read(bytes(FULL_HEADER), first::add, w -> { });
        assertEquals(Optional.of("windows-1251"), header.attribute("o-encoding"));
        assertEquals(Optional.of("pm2"), header.attribute("changeid"));
        assertEquals(13, header.attributes().size());
        assertEquals(List.of(TmProperty.Kind.NOTE, TmProperty.Kind.PROP, TmProperty.Kind.UDE, TmProperty.Kind.PROP),
                header.content().stream().map(TmProperty::kind).toList());
        assertEquals("MacRoman", header.content().get(2).type());
        assertTrue(header.content().get(2).value().contains("ent=\"Apple_logo\""), header.content().get(2).value());
        TmEntry one = first.get(0);
        assertTrue(one.properties().contains(new TmProperty(TmProperty.Kind.ATTRIBUTE, "creationtool", null, "Trados",
                TmProperty.Scope.SOURCE)), one.properties().toString());
        assertTrue(one.properties().contains(new TmProperty(TmProperty.Kind.NOTE, null, null, "checked",
                TmProperty.Scope.TARGET)), one.properties().toString());
        assertEquals("ana", one.createdBy());
        assertEquals("boris", one.changedBy(), "the target variant's changeid, the unit having none");
        assertEquals("omegat.user", first.get(1).createdBy(), "OmegaT writes who on the target variant");
        assertEquals(Instant.parse("2021-01-01T00:00:00Z"), first.get(1).created());
        TmEntry reversed = one.reversed();
        assertTrue(reversed.properties().contains(new TmProperty(TmProperty.Kind.ATTRIBUTE, "creationtool", null,
                "Trados", TmProperty.Scope.TARGET)), "reversed, the source variant's attributes are the target's");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, header)) {
            for (TmEntry entry : first) {
                writer.write(entry);
            }
        }
        List<TmEntry> second = new ArrayList<>();
        TmxHeader again = new TmxReader("y", WHEN).read(new ByteArrayInputStream(out.toByteArray()), second::add,
                w -> { });
        assertEquals(first, second);
        assertEquals(header, again);
        java.nio.file.Path in = java.nio.file.Files.createTempFile("header", ".tmx");
        try {
            java.nio.file.Files.writeString(in, FULL_HEADER);
            assertEquals(List.of(), TmxInOut.differences(in, out.toByteArray(), true));
        } finally {
            java.nio.file.Files.delete(in);
        }
    }

    @Test
    void headerWithoutRequiredAttributesIsCompletedWhenWritten() throws Exception {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"en\"><note>n</note></header><body><tu>"
                + "<tuv xml:lang=\"en\"><seg>Yes</seg></tuv><tuv xml:lang=\"ru\"><seg>Да</seg></tuv></tu></body></tmx>";
        List<TmEntry> read = new ArrayList<>();
        TmxHeader header = new TmxReader("x", WHEN).read(bytes(tmx), read::add, w -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, header)) {
            writer.write(read.get(0));
        }
        TmxHeader written = new TmxReader("x", WHEN).read(new ByteArrayInputStream(out.toByteArray()), e -> { },
                w -> { });
        assertEquals(Optional.of("en"), written.attribute("srclang"));
        for (String required : TmxHeader.REQUIRED) {
            assertTrue(written.attribute(required).isPresent(), required);
        }
        assertEquals(header.content(), written.content());
    }

    @Test
    void utf16FileIsRead() throws Exception {
        String tmx = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"
                + "<tuv xml:lang=\"en\"><seg>Yes</seg></tuv><tuv xml:lang=\"zh-Hant\"><seg>是</seg></tuv></tu></body></tmx>";
        List<TmEntry> read = new ArrayList<>();
        new TmxReader("x", WHEN).read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_16)), read::add,
                w -> { });
        assertEquals("是", read.get(0).target());
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
