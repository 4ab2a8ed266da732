package org.rendition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What other tools put in a TBX file beyond terms and statuses comes back out of Rendition as it
 * went in: ids, the back matter, the header, group members Rendition does not interpret, inline
 * markup, language tags as cased, statuses in the file's own words.
 */
class TbxKeptWholeTest {
    private static TbxReader.Termbase read(String text) throws GlossaryFormatException {
        return TbxReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] written(TbxReader.Termbase termbase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(out, termbase);
        return out.toByteArray();
    }

    @Test
    void tbxBasicWithIdsInlineMarkupGroupsAndBackMatterComesOutAsItCameIn() throws Exception {
        TbxInOut.Result same = TbxInOut.compare(TbxInOut.SAMPLE.getBytes(StandardCharsets.UTF_8), written(read(TbxInOut.SAMPLE)));
        assertEquals(List.of(), same.differences());
        assertTrue(same.attributes() >= 30, "the comparison saw the ids, targets and languages: " + same.attributes());
    }

    @Test
    void tbx2008WithAnNtigAndAnEntryWithoutIdComesOutAsItCameIn() throws Exception {
        TbxInOut.Result same = TbxInOut.compare(TbxInOut.SAMPLE_2008.getBytes(StandardCharsets.UTF_8), written(read(TbxInOut.SAMPLE_2008)));
        assertEquals(List.of(), same.differences());
    }

    @Test
    void theComparisonSeesATermIdTheWriterLeftOut() throws Exception {
        Concept read = read(TbxInOut.SAMPLE_2008).concepts().get(0);
        List<ConceptTerm> terms = read.terms().stream().map(t -> new ConceptTerm(t.lang(), t.text(), t.status(),
                t.partOfSpeech(), t.fields(), t.caseSensitive(), t.doNotTranslate(), null, t.termMarkup())).toList();
        Concept withoutTags = new Concept(0, null, read.fields(), terms, read.tag());
        TbxReader.Termbase termbase = new TbxReader.Termbase(read(TbxInOut.SAMPLE_2008).frame(), List.of(withoutTags));
        List<String> differences = TbxInOut.compare(TbxInOut.SAMPLE_2008.getBytes(StandardCharsets.UTF_8), written(termbase))
                .differences();
        assertFalse(differences.isEmpty());
        assertTrue(differences.toString().contains("id=tig-ru"), differences.toString());
    }

    @Test
    void statusesAreKeptInTheFilesOwnWordsAndDeprecatedOrSupersededTermsStayForbidden() throws Exception {
        Concept basic = read(TbxInOut.SAMPLE).concepts().get(0);
        ConceptTerm deprecated = basic.termsIn("ru").get(1);
        assertEquals(TermStatus.DEPRECATED, deprecated.status());
        assertEquals(List.of("deprecated"), deprecated.fields().stream()
                .filter(f -> f.is(TermField.Kind.TERM_NOTE, "usageStatus")).map(TermField::value).toList());
        assertEquals(List.of("плутонг"), basic.toTerms("g", "en", "ru").get(0).forbidden());
        assertEquals(TermStatus.PREFERRED, basic.termsIn("en").get(0).status(), "read from its termNoteGrp");

        Concept legacy = read(TbxInOut.SAMPLE_2008).concepts().get(0);
        assertEquals(TermStatus.SUPERSEDED, legacy.termsIn("ru").get(1).status());
        assertEquals(List.of("компания"), legacy.toTerms("g", "en", "ru").get(0).forbidden());
        String out = new String(written(read(TbxInOut.SAMPLE_2008)), StandardCharsets.UTF_8);
        assertTrue(out.contains(">supersededTerm-admn-sts<"), out);
    }

    @Test
    void aStatusChangedInRenditionIsWrittenInTheNoteThatHeldIt() throws Exception {
        Concept read = read(TbxInOut.SAMPLE).concepts().get(0);
        List<ConceptTerm> terms = read.terms().stream().map(t -> !t.text().equals("section") ? t
                : new ConceptTerm(t.lang(), t.text(), TermStatus.SUPERSEDED, t.partOfSpeech(), t.fields(),
                t.caseSensitive(), t.doNotTranslate(), t.tag(), t.termMarkup())).toList();
        TbxReader.Termbase changed = new TbxReader.Termbase(read(TbxInOut.SAMPLE).frame(),
                List.of(new Concept(0, read.conceptId(), read.fields(), terms, read.tag())));
        String out = new String(written(changed), StandardCharsets.UTF_8);
        assertTrue(out.contains("<term>section</term><termNote type=\"usageStatus\">obsolete</termNote>"), out);
        assertEquals(TermStatus.SUPERSEDED, read(out).concepts().get(0).termsIn("en").get(1).status());
    }

    @Test
    void definitionsAndNotesAreReadWithoutTheirInlineMarkup() throws Exception {
        Concept concept = read(TbxInOut.SAMPLE).concepts().get(0);
        assertEquals("A unit of 30 soldiers, see peloton.", concept.definition("en").orElseThrow());
        assertEquals(List.of("Short form: plt."), concept.termsIn("en").get(0).notes());
        assertEquals("EN-us", concept.terms().get(0).lang(), "the language tag as the file cased it");
    }
}
