package org.rendition.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of PDF files through PDFBox, page by page and paragraph by paragraph,
 * joining the lines a paragraph was wrapped into. A PDF with no text on any page is a scan and
 * is refused with advice to run OCR; pages without text in an otherwise textual PDF are named
 * in the notes. PDFs are read, never written: they export as text or a bilingual table.
 */
public final class PdfReader extends ByteReader {
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

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
            List<String> notes = new ArrayList<>(notes(pagesWithoutText));
            List<DocumentBlock> fields = PdfFormFields.blocks(pdf, pages.size() + 1);
            if (!fields.isEmpty()) {
                blocks.addAll(fields);
                notes.add("The text of " + fields.size() + " form field" + (fields.size() == 1 ? "" : "s")
                    + " follows the pages.");
            }
            if (blocks.isEmpty() && hasPictures(pdf)) {
                throw new DocumentException(DocumentException.Reason.SCANNED, "'" + name + "' has no text layer: it is a scanned image. "
                    + "Run it through OCR first, then open the result.");
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
    private static boolean hasPictures(PDDocument pdf) {
        int pages = 0;
        for (PDPage page : pdf.getPages()) {
            if (++pages > ReadingLimits.PAGES.value()) {
                return false;
            }
            PDResources resources = page.getResources();
            if (resources != null && resources.getXObjectNames().iterator().hasNext()) {
                return true;
            }
        }
        return false;
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
