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
        try (TmxWriter writer = new TmxWriter(out, null)) {
            for (TmEntry entry : original) {
                writer.write(entry);
            }
        }
        List<TmEntry> read = new ArrayList<>();
        new TmxReader("nobody", WHEN).read(new ByteArrayInputStream(out.toByteArray()), read::add);
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
                .read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), entry -> { }));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().startsWith("Line 7: "), e.getMessage());
    }

    @Test
    void unitWithoutSourceLanguageVariantNamesItsLine() {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"ru\"/><body>\n\n"
                + "<tu tuid=\"7\"><tuv xml:lang=\"en\"><seg>No</seg></tuv></tu></body></tmx>";
        TmxFormatException e = assertThrows(TmxFormatException.class, () -> new TmxReader("x", WHEN)
                .read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), entry -> { }));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'7'"), e.getMessage());
    }

    @Test
    void inlineCodesAreDroppedAndHighlightedTextKept() throws Exception {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"
                + "<tuv xml:lang=\"en\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>Bold<ept i=\"1\">&lt;/b&gt;</ept> <hi>text</hi></seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Жирный текст</seg></tuv></tu></body></tmx>";
        List<TmEntry> read = new ArrayList<>();
        new TmxReader("x", WHEN).read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), read::add);
        assertEquals("Bold text", read.get(0).source());
        assertEquals("x", read.get(0).createdBy());
    }
}
