package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.TestDocuments;
import org.rendition.TestDocuments.Run;

/** A Word hyperlink's tag names the address the link points to, not the relationship that holds it. */
class DocxHyperlinkTest {
    @TempDir
    Path temp;

    @Test
    void aHyperlinksTagNamesTheAddressItPointsTo() throws Exception {
        Path file = TestDocuments.docx(temp.resolve("brief.docx"), Run.plain("Подробности на "),
                Run.link("сайте министерства", "https://example.org/mod/report"), Run.plain("."));
        List<InlineTag> tags = new DocxReader().read(file).blocks().get(0).tags();
        assertEquals(List.of(new InlineTag(InlineTag.Kind.LINK, 15, 33, "https://example.org/mod/report")), tags);
    }

    @Test
    void aHyperlinkInAFootnoteNamesTheAddressItsOwnPartHolds() throws Exception {
        Path file = temp.resolve("notes.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph body = document.createParagraph();
            body.createRun().setText("Подробности на ");
            body.createHyperlinkRun("https://example.org/body").setText("сайте");
            XWPFFootnote note = document.createFootnote();
            XWPFParagraph inNote = note.createParagraph();
            inNote.createRun().setText("Источник: ");
            inNote.createHyperlinkRun("https://example.org/note").setText("агентство");
            body.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
            document.write(out);
        }
        List<String> links = new DocxReader().read(file).blocks().stream()
                .flatMap(block -> block.tags().stream())
                .filter(tag -> tag.kind() == InlineTag.Kind.LINK).map(InlineTag::detail).toList();
        assertEquals(List.of("https://example.org/body", "https://example.org/note"), links);
    }
}
