package org.rendition.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.rendition.documents.ocr.OcrException;
import org.rendition.documents.ocr.OcrOptions;

/**
 * Reads the text layer of PDF files through PDFBox, page by page and paragraph by paragraph,
 * joining the lines a paragraph was wrapped into. Pages without text that hold pictures are scans:
 * they are read by OCR ({@link ScannedPdfPages}), so a PDF with both gets both; where OCR is not
 * installed they are named in the notes. PDFs are read, never written: they export as text or a
 * bilingual table.
 */
public final class PdfReader extends ByteReader {
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final OcrOptions ocr;

    /** Reads scanned pages with the language detected from each page's script. */
    public PdfReader() {
        this(OcrOptions.DETECT);
    }

    public PdfReader(OcrOptions ocr) {
        this.ocr = ocr;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    boolean recognises(byte[] head) {
        return SourceFiles.startsWith(head, PDF_MAGIC);
    }

    @Override
    SourceDocument read(String name, byte[] bytes) throws DocumentException {
        // Streams are cached in a temporary file rather than memory, so a PDF full of large
        // pictures does not exhaust the heap while its text is extracted.
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            // The page count in the file is only a claim (one forged to 9,999,999,999 pages is a
            // known attack); the stripper counts real pages as it walks the tree.
            List<String> pages = new PdfTextByPage(name).pages(pdf);
            if (pages.isEmpty()) {
                throw new DocumentException(DocumentException.Reason.NO_TEXT, "'" + name + "' has no pages: there is nothing to translate.");
            }
            List<DocumentBlock> blocks = new ArrayList<>();
            List<Integer> pagesWithoutText = new ArrayList<>();
            for (int page = 1; page <= pages.size(); page++) {
                int before = blocks.size();
                for (String paragraph : pages.get(page - 1).split(PdfTextByPage.PARAGRAPH_END)) {
                    String text = unwrap(paragraph);
                    if (!text.isEmpty()) {
                        blocks.add(new DocumentBlock(page, text));
                    }
                }
                if (blocks.size() == before) {
                    pagesWithoutText.add(page);
                }
            }
            List<String> notes = new ArrayList<>(readScannedPages(name, pdf, pagesWithoutText, blocks));
            List<DocumentBlock> fields = PdfFormFields.blocks(pdf, pages.size() + 1);
            if (!fields.isEmpty()) {
                blocks.addAll(fields);
                notes.add("The text of " + fields.size() + " form field" + (fields.size() == 1 ? "" : "s")
                    + " follows the pages.");
            }
            if (blocks.isEmpty()) {
                throw new DocumentException(DocumentException.Reason.NO_TEXT, "'" + name + "' has no text to translate: its pages are blank "
                    + "or hold only drawings.");
            }
            return new SourceDocument(name, DocumentFormat.PDF, blocks, notes, List.of(), null, null);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(DocumentException.Reason.ENCRYPTED, "'" + name + "' is protected by a password. Open it with the password, "
                + "save a copy without one, and open that.", e);
        } catch (ReadingLimits.LimitExceeded e) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // PDFBox signals broken structure with IOExceptions and assorted runtime exceptions.
            throw new DocumentException(DocumentException.Reason.DAMAGED, "'" + name + "' is damaged or not a PDF: its structure cannot be read. "
                + "Open it in a PDF viewer and save it again, or ask for a fresh copy.", e);
        }
    }

    /**
     * Reads the pages without text that hold pictures by OCR, adding their paragraphs to
     * {@code blocks} in page order; returns the notes to show (pages left out, and why).
     */
    private List<String> readScannedPages(String name, PDDocument pdf, List<Integer> pagesWithoutText,
                                          List<DocumentBlock> blocks) throws DocumentException {
        List<Integer> scanned = pagesWithPictures(pdf, pagesWithoutText);
        if (scanned.isEmpty()) {
            return notes(pagesWithoutText);
        }
        try {
            ScannedPdfPages.Result read = ScannedPdfPages.read(pdf, scanned, ocr);
            blocks.addAll(read.blocks());
            // A stable sort by page puts each scanned page's paragraphs where the page is.
            blocks.sort(Comparator.comparingInt(DocumentBlock::position));
            if (blocks.isEmpty()) {
                throw new DocumentException(DocumentException.Reason.SCANNED, read.firstFailure()
                    .map(e -> "'" + name + "' could not be read by OCR: " + ImageReader.lowerFirst(e.getMessage()))
                    .orElse("OCR found no text in '" + name + "'; check that its pages are scans of text."));
            }
            return read.notes();
        } catch (OcrException e) {
            if (blocks.isEmpty()) {
                throw new DocumentException(DocumentException.Reason.SCANNED, "'" + name + "' has no text layer: it is a scanned image, and "
                    + ImageReader.lowerFirst(e.getMessage()), e);
            }
            List<String> notes = new ArrayList<>(notes(pagesWithoutText));
            notes.add(e.getMessage());
            return notes;
        }
    }

    /**
     * Joins the lines of a paragraph, which in a PDF are only where the layout wrapped it. A
     * soft hyphen at a line's end goes; a hard hyphen stays, joined to the next line.
     */
    static String unwrap(String paragraph) {
        StringBuilder text = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            String content = line.strip();
            if (content.isEmpty()) {
                continue;
            }
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == '\u00AD') {
                text.setLength(end - 1);
            } else if (end > 0 && text.charAt(end - 1) != '-') {
                text.append(' ');
            }
            text.append(content);
        }
        return text.toString();
    }

    /** Scanned pages are pictures: image (or form) objects drawn on the page. */
    private static List<Integer> pagesWithPictures(PDDocument pdf, List<Integer> pages) {
        List<Integer> withPictures = new ArrayList<>();
        for (int page : pages) {
            PDResources resources = pdf.getPage(page - 1).getResources();
            if (resources != null && resources.getXObjectNames().iterator().hasNext()) {
                withPictures.add(page);
            }
        }
        return withPictures;
    }

    private static List<String> notes(List<Integer> pagesWithoutText) {
        if (pagesWithoutText.isEmpty()) {
            return List.of();
        }
        String pages = pagesWithoutText.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return List.of(pagesWithoutText.size() == 1
            ? "Page " + pages + " has no text layer and is left out; if it is scanned, run the file through OCR."
            : "Pages " + pages + " have no text layer and are left out; if they are scanned, run the file through OCR.");
    }
}
