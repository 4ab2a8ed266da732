package org.rendition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryFormatsTest {
    private static final List<GlossaryTerm> TERMS = List.of(
            new GlossaryTerm(0, null, "ru", "en", "генерал-полковник", "colonel general", PartOfSpeech.NOUN,
                    "OF-9, \"no\" exact equivalent", List.of("general-colonel", "general colonel"), false, false),
            new GlossaryTerm(0, null, "ru", "en", "HIMARS", "HIMARS", PartOfSpeech.PROPER_NOUN, null, List.of(),
                    true, true),
            new GlossaryTerm(0, null, "ru", "en", "взвод", "platoon", PartOfSpeech.UNSPECIFIED, null, List.of(),
                    false, false));

    @Test
    void tbxRoundTripIsLossless() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tbx.write(out, "ru", TERMS);
        assertEquals(TERMS, Tbx.read(new ByteArrayInputStream(out.toByteArray()), null, null));
    }

    @Test
    void csvAndTsvRoundTripsAreLossless() throws Exception {
        for (char delimiter : new char[] {',', '\t'}) {
            StringWriter out = new StringWriter();
            GlossaryCsv.write(out, delimiter, TERMS);
            assertEquals(TERMS, GlossaryCsv.read(new StringReader(out.toString()), delimiter, null, null));
        }
    }

    @Test
    void csvWithoutLanguageColumnsTakesTheGivenLanguages() throws Exception {
        List<GlossaryTerm> terms = GlossaryCsv.read(new StringReader("# ranks\nsource,target\nрота,company\n"),
                ',', "ru", "en");
        assertEquals("ru", terms.get(0).sourceLang());
        assertEquals("company", terms.get(0).target());
    }

    @Test
    void csvRowWithoutTargetNamesItsLine() {
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> GlossaryCsv.read(
                new StringReader("source,target\nрота,company\nвзвод,\n"), ',', "ru", "en"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("взвод"), e.getMessage());
    }

    @Test
    void malformedTbxNamesTheLine() {
        String tbx = "<martif type=\"TBX-Basic\" xml:lang=\"ru\">\n<text><body>\n<termEntry>\n"
                + "<langSet xml:lang=\"ru\"><tig><term>рота</tig></langSet>\n</termEntry></body></text></martif>";
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class,
                () -> Tbx.read(new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), null, "en"));
        assertEquals(4, e.line());
    }

    @Test
    void tbx2019ElementNamesAreRead() throws Exception {
        String tbx = "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ru\"><text><body>"
                + "<conceptEntry id=\"c1\"><langSec xml:lang=\"ru\"><termSec><term>рота</term></termSec></langSec>"
                + "<langSec xml:lang=\"en\"><termSec><term>company</term></termSec></langSec></conceptEntry>"
                + "</body></text></tbx>";
        List<GlossaryTerm> terms = Tbx.read(new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), null, null);
        assertEquals(1, terms.size());
        assertEquals("company", terms.get(0).target());
        assertEquals("en", terms.get(0).targetLang());
    }
}
