package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.TestDocuments;
import org.rendition.TestDocuments.Run;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.XliffSchemas;
import org.rendition.documents.XliffVersion;
import org.rendition.engine.LanguagePair;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;

/**
 * A target's tags travel in XLIFF: exported inline in {@code <target>} with the source's ids, and a
 * returned file's target codes (as OmegaT writes 1.2, as memoQ and Okapi write 2.x) come back as
 * the segment's target tags, so formatting a colleague moved reaches the exported document.
 */
class XliffTargetTagsTest {
    private static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
    private static final String SOURCE = "Министерство обороны сообщило о начале учений на юге страны.";
    private static final String TARGET = "The ministry announced exercises in the south.";

    @TempDir
    Path temp;

    @Test
    void anOmegaT12TargetWithBptAndEptBringsTheColleaguesBoldBackIntoTheExport() throws Exception {
        Path returned = temp.resolve("brief.en.xlf");
        Files.writeString(returned, returned12("Министерство обороны сообщило о <bpt id=\"1\">&lt;b&gt;</bpt>"
                + "начале учений<ept id=\"1\">&lt;/b&gt;</ept> на <bpt id=\"2\">&lt;a&gt;</bpt>юге страны"
                + "<ept id=\"2\">&lt;/a&gt;</ept>.", "The ministry announced <bpt id=\"1\">&lt;b&gt;</bpt>exercises"
                + "<ept id=\"1\">&lt;/b&gt;</ept> in <bpt id=\"2\">&lt;a&gt;</bpt>the south<ept id=\"2\">&lt;/a&gt;</ept>."));
        assertTheColleaguesFormattingIsExported(returned);
    }

    @Test
    void aMemoQ2TargetWithPcCodesBringsTheColleaguesBoldBackIntoTheExport() throws Exception {
        Path returned = temp.resolve("brief.en.xlf");
        Files.writeString(returned, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru-RU" trgLang="en-US">
                <file id="f1" original="brief.docx">
                <unit id="tu1">
                <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data>\
                <data id="d3">&lt;a&gt;</data><data id="d4">&lt;/a&gt;</data></originalData>
                <segment id="1" state="translated">
                <source>Министерство обороны сообщило о <pc id="1" dataRefStart="d1" dataRefEnd="d2">начале учений</pc> \
                на <pc id="2" dataRefStart="d3" dataRefEnd="d4">юге страны</pc>.</source>
                <target>The ministry announced <pc id="1" dataRefStart="d1" dataRefEnd="d2">exercises</pc> \
                in <pc id="2" dataRefStart="d3" dataRefEnd="d4">the south</pc>.</target>
                </segment>
                </unit>
                </file>
                </xliff>
                """);
        assertTheColleaguesFormattingIsExported(returned);
    }

    private void assertTheColleaguesFormattingIsExported(Path returned) throws Exception {
        try (DocumentTranslation workflow = new DocumentTranslation(SharedData.tinyNllbModels(temp))) {
            OpenedDocument opened = workflow.open(wordFile(temp.resolve("brief.docx")));
            XliffMerge merge = workflow.mergeXliff(opened, opened.segments(), returned);
            Segment merged = merge.segments().get(0);
            assertEquals(TARGET, merged.target());
            List<InlineTag> tags = merged.targetTags().orElseThrow();
            assertEquals(List.of(InlineTag.Kind.BOLD, InlineTag.Kind.LINK), tags.stream().map(InlineTag::kind).toList());
            assertEquals("exercises", TARGET.substring(tags.get(0).start(), tags.get(0).end()));
            assertEquals("the south", TARGET.substring(tags.get(1).start(), tags.get(1).end()));
            assertEquals(opened.sourceTags(0).get(1).detail(), tags.get(1).detail(), "the link keeps the document's own");
            Path out = temp.resolve("brief.en.docx");
            workflow.export(opened, merge.segments(), RU_EN, opened.exportOptions().get(0), out);
            assertEquals("exercises", TestDocuments.boldIn(out, TARGET));
        }
    }

    @Test
    void aTargetWhoseCodesTheSourceLacksMergesItsTextAndQaFindsTheTagsMissing() throws Exception {
        Path returned = temp.resolve("brief.en.xlf");
        Files.writeString(returned, returned12("Министерство обороны сообщило о <g id=\"1\">начале учений</g> на "
                + "<g id=\"2\">юге страны</g>.", "The ministry announced <x id=\"99\"/>exercises in the south."));
        try (DocumentTranslation workflow = new DocumentTranslation(SharedData.tinyNllbModels(temp))) {
            OpenedDocument opened = workflow.open(wordFile(temp.resolve("brief.docx")));
            Segment merged = workflow.mergeXliff(opened, opened.segments(), returned).segments().get(0);
            assertEquals(TARGET, merged.target());
            List<QaIssue> issues = workflow.check(opened, List.of(merged), Optional.of(Language.RUSSIAN),
                    Language.ENGLISH, Set.of(QaCheck.TAGS));
            assertTrue(issues.stream().anyMatch(i -> i.message().contains("bold over 'начале учений'")
                    && i.message().contains("link over 'юге страны'")), issues.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void tagsTheAnalystPlacedGoOutInTheTargetValidAndComeBackTheSame(XliffVersion version) throws Exception {
        try (DocumentTranslation workflow = new DocumentTranslation(SharedData.tinyNllbModels(temp))) {
            OpenedDocument opened = workflow.open(wordFile(temp.resolve("brief.docx")));
            List<InlineTag> placed = List.of(
                    new InlineTag(InlineTag.Kind.BOLD, TARGET.indexOf("exercises"), TARGET.indexOf(" in"), ""),
                    new InlineTag(InlineTag.Kind.LINK, TARGET.indexOf("the south"), TARGET.length() - 1,
                            opened.sourceTags(0).get(1).detail()));
            Segment edited = workflow.edit(opened, opened.segments().get(0), TARGET, Optional.of(placed));
            Path sent = temp.resolve("brief.en.xlf");
            workflow.export(opened, List.of(edited), RU_EN, ExportOption.xliff(version), sent);
            byte[] written = Files.readAllBytes(sent);
            XliffSchemas.validate(version, written);
            String text = new String(written, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(version == XliffVersion.V1_2
                    ? text.contains("announced <g id=\"s1t1\" ctype=\"bold\">exercises</g>")
                    : text.contains("announced <pc id=\"s1t1\" type=\"fmt\" subType=\"xlf:b\">exercises</pc>"), text);

            OpenedDocument again = workflow.open(temp.resolve("brief.docx"));
            Segment back = workflow.mergeXliff(again, again.segments(), sent).segments().get(0);
            assertEquals(Optional.of(placed), back.targetTags());
        }
    }

    /** The sentence with "начале учений" in bold and "юге страны" a link. */
    static Path wordFile(Path file) throws Exception {
        return TestDocuments.docx(file, Run.plain("Министерство обороны сообщило о "), Run.bold("начале учений"),
                Run.plain(" на "), Run.link("юге страны", "https://example.org/"), Run.plain("."));
    }

    /** An XLIFF 1.2 file of one unit, as OmegaT writes one back. */
    private static String returned12(String source, String target) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="brief.docx" source-language="ru" target-language="en" datatype="plaintext">
                <body>
                <trans-unit id="0">
                <source xml:lang="ru">%s</source>
                <target xml:lang="en" state="translated">%s</target>
                </trans-unit>
                </body>
                </file>
                </xliff>
                """.formatted(source, target);
    }
}
