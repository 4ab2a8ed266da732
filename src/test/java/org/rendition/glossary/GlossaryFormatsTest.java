package org.rendition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlossaryFormatsTest {
    private static final List<GlossaryTerm> TERMS = List.of(
            new GlossaryTerm(0, null, "ru", "en", "генерал-полковник", "colonel general", PartOfSpeech.NOUN,
                    "OF-9, \"no\" exact equivalent", List.of("general-colonel", "general colonel"), false, false),
            new GlossaryTerm(0, null, "ru", "en", "HIMARS", "HIMARS", PartOfSpeech.PROPER_NOUN, null, List.of(),
                    true, true),
            new GlossaryTerm(0, null, "ru", "en", "взвод", "platoon", PartOfSpeech.UNSPECIFIED, null, List.of(),
                    false, false));

    private static TbxReader.Termbase tbx(String text) throws GlossaryFormatException {
        return TbxReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void flatTermsSurviveTbxAsConcepts() throws Exception {
        List<Concept> concepts = TERMS.stream().map(Concept::of).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(out, "ru", concepts);
        List<Concept> read = TbxReader.read(new ByteArrayInputStream(out.toByteArray())).concepts();
        assertEquals(TERMS, read.stream().flatMap(k -> k.toTerms(null, "ru", "en").stream()).toList());
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
    void csvExportNeutralisesSpreadsheetFormulasAndReadsThemBack() throws Exception {
        List<GlossaryTerm> risky = List.of(new GlossaryTerm(0, null, "ru", "en", "=HYPERLINK(\"http://x\",\"a\")",
                "+1", PartOfSpeech.UNSPECIFIED, "@SUM(A1)", List.of(), false, false),
                new GlossaryTerm(0, null, "ru", "en", "-минус", "minus", PartOfSpeech.UNSPECIFIED, null, List.of(),
                        false, false));
        StringWriter out = new StringWriter();
        GlossaryCsv.write(out, ',', risky);
        for (String line : out.toString().split("\r?\n")) {
            for (String cell : line.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!bare.isEmpty() && "=+-@".indexOf(bare.charAt(0)) >= 0, "formula cell written: " + line);
            }
        }
        assertEquals(risky, GlossaryCsv.read(new StringReader(out.toString()), ',', null, null));
    }

    @Test
    void csvRowWithUnknownLanguageCodeIsRefusedWithItsLine() {
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> GlossaryCsv.read(
                new StringReader("source,target,source_lang,target_lang\nрота,company,ru,en\nвзвод,platoon,xx,yy\n"),
                ',', null, null));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'xx' is not a known language code"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru,en\nрота,company\n", "term,translation\nрота,company\n", "рота,company\n",
        "ru;en\nрота;company\n"})
    void csvGlossariesFromOtherToolsAreRead(String csv) throws Exception {
        // Google's glossary CSV heads its columns with language codes; DeepL's has no header;
        // Excel in most European locales separates with semicolons.
        List<GlossaryTerm> terms = GlossaryCsv.read(new StringReader(csv), GlossaryCsv.delimiter(csv, ','), "ru",
                "en");
        assertEquals(List.of("рота → company (ru → en)"), terms.stream()
                .map(t -> t.source() + " → " + t.target() + " (" + t.sourceLang() + " → " + t.targetLang() + ")")
                .toList());
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
        String text = "<martif type=\"TBX-Basic\" xml:lang=\"ru\">\n<text><body>\n<termEntry>\n"
                + "<langSet xml:lang=\"ru\"><tig><term>рота</tig></langSet>\n</termEntry></body></text></martif>";
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> tbx(text));
        assertEquals(4, e.line());
    }

    @Test
    void aTermbaseWithBytesNotValidInItsEncodingIsRefusedWithTheLineOfTheFirst() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("<martif type=\"TBX-Basic\" xml:lang=\"ru\">\n<text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>Caf"
                .getBytes(StandardCharsets.UTF_8));
        file.write(0xE9);
        file.write("</term></tig></langSet></termEntry></body></text></martif>".getBytes(StandardCharsets.UTF_8));
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class,
                () -> TbxReader.read(new ByteArrayInputStream(file.toByteArray())));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("1 byte not valid in UTF-8; save the termbase again as UTF-8"), e.getMessage());
    }

    @Test
    void conceptKeepsSeveralTermsPerLanguageWithStatusDefinitionAndContext() throws Exception {
        String text = """
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                <conceptEntry id="c7"><descrip type="subjectField">Military</descrip>
                <langSec xml:lang="en-US"><descripGrp><descrip type="definition">A unit of 30 soldiers.</descrip>
                <admin type="source">FM 3-21.8</admin></descripGrp>
                <termSec><term>platoon</term><termNote type="partOfSpeech">noun</termNote>
                <termNote type="usageStatus">preferred</termNote>
                <descrip type="context">The platoon moved at dawn.</descrip></termSec>
                <termSec><term>section</term><termNote type="usageStatus">admitted</termNote></termSec></langSec>
                <langSec xml:lang="ru-RU"><termSec><term>взвод</term><termNote type="usageStatus">preferred</termNote></termSec>
                <termSec><term>плутонг</term><termNote type="usageStatus">obsolete</termNote></termSec></langSec>
                </conceptEntry></body></text></tbx>""";
        Concept concept = tbx(text).concepts().get(0);
        assertEquals(4, concept.terms().size());
        assertEquals("A unit of 30 soldiers.", concept.definition("en").orElseThrow());
        assertEquals("Military", concept.subjectField().orElseThrow());
        ConceptTerm platoon = concept.termsIn("en").get(0);
        assertEquals("The platoon moved at dawn.", platoon.context().orElseThrow());
        assertEquals(TermStatus.SUPERSEDED, concept.termsIn("ru").get(1).status());
        List<GlossaryTerm> ruEn = concept.toTerms("g", "ru", "en");
        assertEquals(1, ruEn.size(), "the superseded Russian term is never a source to enforce");
        assertEquals("platoon", ruEn.get(0).target());
        List<GlossaryTerm> enRu = concept.toTerms("g", "en", "ru");
        assertEquals(List.of("взвод", "взвод"), enRu.stream().map(GlossaryTerm::target).toList());
        assertEquals(List.of("плутонг"), enRu.get(0).forbidden());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(out, "en", List.of(concept));
        assertEquals(concept, TbxReader.read(new ByteArrayInputStream(out.toByteArray())).concepts().get(0));
    }

    @Test
    void conceptWhoseTargetsAreAllForbiddenEnforcesNothing() throws Exception {
        String text = "<tbx type=\"TBX-Min\" xml:lang=\"en\"><text><body><conceptEntry id=\"c1\">"
                + "<langSec xml:lang=\"en\"><termSec><term>galactic cluster</term></termSec></langSec>"
                + "<langSec xml:lang=\"es\"><termSec><term>cúmulo galáctico</term>"
                + "<termNote type=\"usageStatus\">notRecommended</termNote></termSec></langSec>"
                + "</conceptEntry></body></text></tbx>";
        assertEquals(List.of(), tbx(text).concepts().get(0).toTerms("g", "en", "es"));
    }

    @Test
    void tbxMinRefusesCrossReferencesNamingTheLine() {
        String text = "<tbx type=\"TBX-Min\" xml:lang=\"en\"><text><body><conceptEntry id=\"c1\">\n"
                + "<xref type=\"x\" target=\"http://e\">x</xref>\n"
                + "<langSec xml:lang=\"en\"><termSec><term>a</term></termSec></langSec></conceptEntry></body></text></tbx>";
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> tbx(text));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("TBX-Min does not allow <xref>"), e.getMessage());
    }
}
