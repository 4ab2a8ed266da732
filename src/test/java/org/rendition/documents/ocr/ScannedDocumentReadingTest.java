package org.rendition.documents.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.documents.DocumentBlock;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentFormat;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.ImageReader;
import org.rendition.documents.SourceDocument;
import org.rendition.text.Language;

/** Scans and photographs opened as documents: images, multi-page TIFF, and PDFs with scanned pages. */
class ScannedDocumentReadingTest {
    private static final String RUSSIAN = "Министерство обороны сообщило о начале учений на юге страны. Они продлятся "
        + "неделю. В учениях участвуют тысячи военнослужащих и сотни единиц техники.";
    private static final String UKRAINIAN = "Уряд затвердив новий план відновлення енергетичної інфраструктури. "
        + "Роботи мають завершитися до початку зими.";
    /**
     * Three sentences: with two, the second line held one word, and Tesseract 5.3 then cut the first
     * line into pieces (the tesseract command does the same), so a short second line is avoided.
     */
    private static final String ARABIC = "أعلنت وزارة الدفاع عن بدء مناورات عسكرية في جنوب البلاد. وستستمر المناورات "
        + "لمدة أسبوع. ويشارك فيها آلاف الجنود ومئات الآليات العسكرية.";

    @TempDir
    Path folder;

    @Test
    void scannedPageBecomesBlocksCarryingPageBoxAndConfidence() throws Exception {
        BufferedImage scan = RenderedPage.clean(RUSSIAN, false);
        Path file = folder.resolve("page.png");
        ImageIO.write(scan, "png", file.toFile());

        SourceDocument document = DocumentReaders.read(file, OcrOptions.in(Language.RUSSIAN));

        assertEquals(DocumentFormat.IMAGE, document.format());
        assertTrue(CharacterErrorRate.of(text(document), RUSSIAN, false) <= 0.02, text(document));
        for (DocumentBlock block : document.blocks()) {
            OcrEvidence evidence = block.ocr().orElseThrow();
            assertEquals(1, evidence.page());
            assertTrue(evidence.box().left() >= 0 && evidence.box().left() + evidence.box().width() <= scan.getWidth()
                && evidence.box().height() > 0, evidence.box().toString());
            assertTrue(evidence.confidence() > 0.8, "confidence " + evidence.confidence());
            RegionImage region = evidence.region().orElseThrow(() -> new AssertionError("no picture of the region"));
            java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(region.png()));
            assertEquals(region.width(), shown.getWidth(), "the region is a real PNG of the stated size");
            assertTrue(region.width() >= Math.min(evidence.box().width(), RegionImage.WIDEST) - 1
                && region.height() > 0, region.width() + " x " + region.height() + " for " + evidence.box());
        }
    }

    @Test
    void languageComesFromTheScriptWhenTheUserChoseNone() throws Exception {
        Path file = folder.resolve("page.jpg");
        ImageIO.write(RenderedPage.clean(ARABIC, true), "jpg", file.toFile());

        SourceDocument document = DocumentReaders.read(file);

        assertTrue(CharacterErrorRate.of(text(document), ARABIC, false) <= 0.05, text(document));
    }

    @Test
    void everyPageOfAMultiPageTiffIsReadInOrder() throws Exception {
        Path file = folder.resolve("fax.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(RenderedPage.clean(RUSSIAN, false), null, null), null);
            writer.writeToSequence(new IIOImage(RenderedPage.clean(UKRAINIAN, false), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }

        SourceDocument document = DocumentReaders.read(file);

        assertTrue(CharacterErrorRate.of(text(document, 1), RUSSIAN, false) <= 0.02, text(document, 1));
        assertTrue(CharacterErrorRate.of(text(document, 2), UKRAINIAN, false) <= 0.02, text(document, 2));
    }

    @Test
    void pdfWithATextPageAndAScannedPageGivesBoth() throws Exception {
        Path file = folder.resolve("mixed.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage textPage = new PDPage(PDRectangle.A4);
            pdf.addPage(textPage);
            try (PDPageContentStream content = new PDPageContentStream(pdf, textPage)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                content.showText("Summary of the exercise.");
                content.endText();
            }
            RenderedPage.addScannedPage(pdf, RenderedPage.clean(RUSSIAN, false));
            pdf.save(file.toFile());
        }

        SourceDocument document = DocumentReaders.read(file, OcrOptions.in(Language.RUSSIAN));

        DocumentBlock first = document.blocks().get(0);
        assertEquals(new DocumentBlock(1, "Summary of the exercise."), first);
        assertTrue(document.blocks().subList(1, document.blocks().size()).stream()
            .allMatch(block -> block.position() == 2 && block.ocr().map(OcrEvidence::page).equals(Optional.of(2))));
        assertTrue(CharacterErrorRate.of(text(document, 2), RUSSIAN, false) <= 0.02, text(document, 2));
    }

    @Test
    void imageLargerThanTheBudgetIsRefusedInOneSentence() throws Exception {
        Path file = folder.resolve("poster.png");
        ImageIO.write(RenderedPage.clean(RUSSIAN, false), "png", file.toFile());
        ImageReader reader = new ImageReader(new OcrOptions(Optional.of(Language.RUSSIAN),
            new OcrBudget(1_000_000, 10, Duration.ofSeconds(60))));

        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));

        assertEquals("'poster.png' could not be read by OCR: page 1 is 2480 x 815 pixels, more than the 1 million "
            + "Rendition reads by OCR; scan it at 300 dpi or reduce the photograph and try again.", e.getMessage());
    }

    private static String text(SourceDocument document) {
        return document.blocks().stream().map(DocumentBlock::text).collect(Collectors.joining(" "));
    }

    private static String text(SourceDocument document, int page) {
        List<DocumentBlock> onPage = document.blocks().stream().filter(b -> b.position() == page).toList();
        return onPage.stream().map(DocumentBlock::text).collect(Collectors.joining(" "));
    }
}
