package org.rendition.workflow.translate;

import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.ExportOption;
import org.rendition.workflow.translate.OpenedDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.TestDocuments;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryRecord;
import org.rendition.text.Language;

/** A document's classification marking reaches every export, the history, and survives reopening. */
class ClassificationInExportsTest {
    private static final String MARK = "OFFICIAL-SENSITIVE PERSONAL";

    @TempDir
    Path dir;

    private DocumentTranslation workflow() throws Exception {
        return DocumentTranslation.withProfile(Files.createDirectories(dir.resolve("models")), dir.resolve("p.db"));
    }

    @Test
    void markingIsAtTopAndBottomOfEveryExportFormatAndExportsAreOwnerOnly() throws Exception {
        List<Path> sources = List.of(
                TestDocuments.docx(dir.resolve("report.docx"), "Министерство обороны сообщило о начале учений."),
                Files.writeString(dir.resolve("page.html"), "<html><body><p>Первая фраза.</p></body></html>"),
                Files.writeString(dir.resolve("note.txt"), "Первая фраза.\n\nВторая фраза.\n"));
        int exports = 0;
        try (DocumentTranslation workflow = workflow()) {
            for (Path source : sources) {
                OpenedDocument document = workflow.open(source);
                workflow.classify(document, MARK.toLowerCase());
                for (ExportOption option : document.exportOptions()) {
                    Path out = dir.resolve("out-" + exports++ + "." + option.extension());
                    workflow.export(document, document.segments(), Language.ENGLISH, option, out);
                    assertMarkedAtTopAndBottom(out, option.displayName());
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)),
                            option.displayName());
                }
            }
        }
        // Word and web page keep their layout, and all three give text, the two bilingual tables and XLIFF 2.1 and 1.2.
        assertEquals(17, exports);
    }

    @Test
    void markingIsRecordedAndOnlyRaisedWithoutASupervisor() throws Exception {
        Path source = Files.writeString(dir.resolve("note.txt"), "Первая фраза.\n");
        try (DocumentTranslation workflow = workflow()) {
            OpenedDocument document = workflow.open(source);
            assertEquals("OFFICIAL", workflow.classification(document).label());
            workflow.classify(document, "SECRET");
            RoleRefusedException refused = assertThrows(RoleRefusedException.class,
                    () -> workflow.classify(document, "OFFICIAL"));
            assertTrue(refused.getMessage().startsWith("Only a supervisor can lower"), refused.getMessage());
            assertEquals("SECRET", workflow.classification(document).label());
        }
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            List<HistoryRecord> rows = profile.history().latest(10);
            // The document's job starts when it is first classified, carrying the new marking.
            assertEquals(List.of(EventKind.JOB_STARTED, EventKind.ROLE_REFUSED),
                    rows.stream().map(r -> r.event().kind()).toList());
            assertEquals("SECRET", rows.get(0).event().classification());
            assertTrue(rows.get(1).event().comment().contains("from SECRET to OFFICIAL"), rows.get(1).event().comment());
        }
        try (DocumentTranslation workflow = workflow()) {
            assertEquals("SECRET", workflow.classification(workflow.open(source)).label(),
                    "a reopened document keeps its marking");
        }
    }

    private static void assertMarkedAtTopAndBottom(Path out, String format) throws Exception {
        switch (out.getFileName().toString().replaceAll(".*\\.", "")) {
            case "docx" -> {
                try (InputStream in = Files.newInputStream(out); XWPFDocument written = new XWPFDocument(in)) {
                    assertEquals(MARK, written.getHeaderFooterPolicy().getDefaultHeader().getText().strip(), format);
                    assertEquals(MARK, written.getHeaderFooterPolicy().getDefaultFooter().getText().strip(), format);
                }
            }
            // XLIFF carries it as the file's note of category (2.1) or from (1.2) "marking".
            case "xlf" -> assertEquals(MARK, XliffExchange.read(out).marking(), format);
            case "html" -> {
                Element body = Jsoup.parse(out.toFile(), "UTF-8").body();
                assertEquals(MARK, body.child(0).text(), format);
                assertEquals(MARK, body.child(body.childrenSize() - 1).text(), format);
            }
            default -> {
                List<String> lines = Files.readAllLines(out);
                assertEquals(MARK, lines.get(0), format);
                assertEquals(MARK, lines.get(lines.size() - 1), format);
            }
        }
    }
}
