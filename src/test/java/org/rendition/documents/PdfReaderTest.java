package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
    /** The standard 14 PDF fonts have no Cyrillic; DejaVu, where installed, has. */
    private static final Path CYRILLIC_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path folder;

    private final PdfReader reader = new PdfReader();

    @Test
    void russianPdfParagraphsAreReadWithWrappedLinesJoined() throws Exception {
        assumeTrue(Files.isReadable(CYRILLIC_FONT), "DejaVuSans.ttf is not installed");
        Path file = folder.resolve("report.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = PDType0Font.load(pdf, CYRILLIC_FONT.toFile());
            textPage(pdf, font, List.of("Колонна вышла утром и", "прибыла к вечеру.", "", "", "Потерь нет."));
            pdf.save(file.toFile());
        }
        SourceDocument document = reader.read(file);
        assertEquals(List.of(new DocumentBlock(1, "Колонна вышла утром и прибыла к вечеру."),
            new DocumentBlock(1, "Потерь нет.")), document.blocks());
        assertEquals(DocumentFormat.PDF, document.format());
    }

    @Test
    void scannedPdfWhosePicturesHoldNoTextSaysWhyOcrCouldNotReadIt() throws Exception {
        Path file = folder.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            imagePage(pdf);
            imagePage(pdf);
            pdf.save(file.toFile());
        }
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals("'scan.pdf' could not be read by OCR: its script could not be recognised (the page holds too "
            + "little text, or none); choose the document's language in From and open it again.", e.getMessage());
    }

    @Test
    void scannedPagesOcrCannotReadInATextualPdfAreNamedInTheNotes() throws Exception {
        Path file = folder.resolve("mixed.pdf");
        try (PDDocument pdf = new PDDocument()) {
            textPage(pdf, new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of("Summary of the visit."));
            imagePage(pdf);
            pdf.save(file.toFile());
        }
        SourceDocument document = reader.read(file);
        assertEquals(List.of(new DocumentBlock(1, "Summary of the visit.")), document.blocks());
        assertEquals(List.of("Page 2 is left out: its script could not be recognised (the page holds too little "
            + "text, or none); choose the document's language in From and open it again."), document.notes());
    }

    @Test
    void blankPdfIsNotCalledAScan() throws Exception {
        Path file = folder.resolve("blank.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals("'blank.pdf' has no text to translate: its pages are blank or hold only drawings.", e.getMessage());
    }

    @Test
    void damagedPdfIsRefusedInPlainWords() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R");
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals("'broken.pdf' is damaged or not a PDF: its structure cannot be read. Open it in a PDF viewer "
            + "and save it again, or ask for a fresh copy.", e.getMessage());
    }

    private static void textPage(PDDocument pdf, PDFont font, List<String> lines) throws IOException {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(font, 12);
            content.setLeading(14);
            content.newLineAtOffset(72, 700);
            for (String line : lines) {
                if (!line.isEmpty()) {
                    content.showText(line);
                }
                content.newLine();
            }
            content.endText();
        }
    }

    private static void imagePage(PDDocument pdf) throws IOException {
        PDPage page = new PDPage();
        pdf.addPage(page);
        // A picture without text (a dark panel): what OCR makes of real scans is in documents.ocr's tests.
        BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(LosslessFactory.createFromImage(pdf, scan), 72, 500);
        }
    }
}
