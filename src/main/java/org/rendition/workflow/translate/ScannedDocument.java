package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rendition.documents.DocumentBlock;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentFormat;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.SourceDocument;
import org.rendition.documents.ocr.OcrEvidence;
import org.rendition.documents.ocr.OcrOptions;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * A scan or photograph of pages (PNG, JPEG, TIFF, or a PDF whose pages may be scanned) read by OCR
 * for translation from the command line: its text, paragraph by paragraph, and for each translated
 * sentence the page, box and OCR confidence it came from. Text pages of a PDF come through as they
 * are, without evidence.
 */
public final class ScannedDocument {
    private final SourceDocument document;

    private ScannedDocument(SourceDocument document) {
        this.document = document;
    }

    /** Whether {@code file} is read through here: an image, or a PDF (which may hold scanned pages). */
    public static boolean reads(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && DocumentFormat.byExtension(name.substring(dot + 1))
            .filter(format -> format == DocumentFormat.IMAGE || format == DocumentFormat.PDF).isPresent();
    }

    /**
     * Reads {@code file}, its scanned pages by OCR in {@code language} (or the script each page
     * shows, when empty).
     *
     * @throws WorkflowException in one sentence when the file cannot be read
     */
    public static ScannedDocument read(Path file, Optional<Language> language) {
        OcrOptions ocr = language.map(OcrOptions::in).orElse(OcrOptions.DETECT);
        try {
            return new ScannedDocument(DocumentReaders.read(file, ocr));
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /** The text, one paragraph per block, paragraphs apart by a blank line. */
    public String text() {
        return document.plainText();
    }

    /** Lines worth showing beside the translation: pages OCR left out and why. */
    public List<String> notes() {
        return document.notes();
    }

    /**
     * Where each translated sentence came from, in order: the OCR evidence of its paragraph, or
     * empty for text the file held as text. Sentences are found in the paragraphs in order, as
     * {@link TextTranslation} cut them from {@link #text()}.
     */
    public List<Optional<OcrEvidence>> evidenceFor(List<TranslatedSegment> segments) {
        List<Optional<OcrEvidence>> evidence = new ArrayList<>();
        List<DocumentBlock> blocks = document.blocks();
        int block = 0;
        int offset = 0;
        for (TranslatedSegment translated : segments) {
            String source = translated.segment().source();
            int foundBlock = -1;
            int foundAt = -1;
            for (int b = block; b < blocks.size() && foundBlock < 0; b++) {
                int at = blocks.get(b).text().indexOf(source, b == block ? offset : 0);
                if (at >= 0) {
                    foundBlock = b;
                    foundAt = at;
                }
            }
            if (foundBlock < 0) {
                evidence.add(Optional.empty());
                continue;
            }
            block = foundBlock;
            offset = foundAt + source.length();
            evidence.add(blocks.get(block).ocr());
        }
        return evidence;
    }
}
