package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt end in a clear refusal (or are read) within seconds and bounded memory. */
class HostileDocumentsTest {
    private static final Duration SECONDS = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @AfterEach
    void restoreLimits() {
        System.clearProperty(ReadingLimits.PAGE_CONTENT_MEGABYTES.property());
        System.clearProperty(ReadingLimits.MEGABYTES.property());
        System.clearProperty(ReadingLimits.PAGES.property());
    }

    @Test
    void pdfWhosePageTreeClaimsTenBillionPagesIsReadPageByPageWithinSeconds() throws Exception {
        Path file = write("forged-count.pdf", pdf("9999999999", "BT /F1 12 Tf 20 100 Td (Hello world) Tj ET"));
        SourceDocument document = assertTimeoutPreemptively(SECONDS, () -> new PdfReader().read(file));
        assertEquals("Hello world", document.blocks().get(0).text());
    }

    @Test
    void pdfWithMorePagesThanTheLimitIsRefusedNamingTheLimitAndHowToRaiseIt() throws Exception {
        System.setProperty(ReadingLimits.PAGES.property(), "1");
        Path file = write("two-pages.pdf", pdfWithTwoPages());
        DocumentException e = assertThrows(DocumentException.class, () -> new PdfReader().read(file));
        assertTrue(e.getMessage().contains("more than 1 pages")
            && e.getMessage().contains("-Drendition.documents.maxPages=N"), e.getMessage());
    }

    @Test
    void pdfWhoseContentInflatesPastTheLimitIsRefusedWithoutInflatingIt() throws Exception {
        System.setProperty(ReadingLimits.PAGE_CONTENT_MEGABYTES.property(), "4");
        byte[] content = new byte[16 * 1024 * 1024];
        java.util.Arrays.fill(content, (byte) ' ');
        Path file = write("inflating.pdf", pdfWithFlateContent(content));
        DocumentException e = assertTimeoutPreemptively(SECONDS,
            () -> assertThrows(DocumentException.class, () -> new PdfReader().read(file)));
        assertTrue(e.getMessage().contains("inflate to over 4 MB")
            && e.getMessage().contains("-Drendition.documents.maxPageContentMegabytes=N"), e.getMessage());
    }

    @Test
    void endlessInputIsRefusedAtTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "/dev/zero is not available on this system");
        System.setProperty(ReadingLimits.MEGABYTES.property(), "2");
        DocumentException e = assertTimeoutPreemptively(SECONDS,
            () -> assertThrows(DocumentException.class, () -> new PlainTextReader().read(zero)));
        assertTrue(e.getMessage().contains("does not end within 2 MB")
            && e.getMessage().contains("-Drendition.documents.maxMegabytes=N"), e.getMessage());
    }

    @Test
    void docxWithAHighlyCompressibleEmbeddedPdfIsReadNotTakenForAZipBomb() throws Exception {
        Path plain = folder.resolve("plain.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Отчёт о поставках.");
            Fixtures.save(document, plain);
        }
        Path embedding = folder.resolve("with-embedded-pdf.docx");
        byte[] pdf = new byte[8 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        try (ZipFile source = new ZipFile(plain.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(embedding))) {
            for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    part = new String(part, StandardCharsets.UTF_8).replace("<Default ",
                        "<Default Extension=\"pdf\" ContentType=\"application/pdf\"/><Default ")
                        .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(part);
            }
            zip.putNextEntry(new ZipEntry("word/embeddings/Report.pdf"));
            zip.write(pdf);
        }
        SourceDocument document = new DocxReader().read(embedding);
        assertEquals("Отчёт о поставках.", document.blocks().get(0).text());
    }

    @Test
    void pageNestedTensOfThousandsDeepIsReadOrRefusedWithoutStackOverflow() throws Exception {
        String html = "<html><body>" + "<div>".repeat(50_000) + "Глубоко внутри." + "</div>".repeat(50_000)
            + "</body></html>";
        Path file = write("nested.html", html.getBytes(StandardCharsets.UTF_8));
        assertTimeoutPreemptively(SECONDS, () -> {
            try {
                assertEquals("Глубоко внутри.", new HtmlReader().read(file).blocks().get(0).text());
            } catch (DocumentException e) {
                assertTrue(e.getMessage().contains("nests its parts"), e.getMessage());
            }
        });
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** A one-page PDF whose page tree's /Count is {@code count}; no cross-reference table, as in many forgeries. */
    private static byte[] pdf(String count, String content) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count " + count + " >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pdfWithTwoPages() {
        String text = "BT /F1 12 Tf 20 100 Td (Page) Tj ET";
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "6 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length " + text.length() + " >> stream\n" + text + "\nendstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pdfWithFlateContent(byte[] content) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(9))) {
            out.write(content);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj\n"
            + "4 0 obj << /Length " + compressed.size() + " /Filter /FlateDecode >> stream\n")
            .getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(compressed.toByteArray());
        pdf.writeBytes("\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }
}
