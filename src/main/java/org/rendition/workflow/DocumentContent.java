package org.rendition.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentFormat;
import org.rendition.documents.DocumentReader;
import org.rendition.documents.DocumentSegment;
import org.rendition.documents.DocumentWriter;
import org.rendition.documents.DocxReader;
import org.rendition.documents.DocxWriter;
import org.rendition.documents.Marking;
import org.rendition.documents.PlainTextReader;
import org.rendition.documents.SourceDocument;
import org.rendition.documents.TextWriter;
import org.rendition.documents.TranslatedDocument;
import org.rendition.text.Language;
import org.rendition.text.SentenceSegmenter;

/**
 * A document as its reader left it, cut into sentences in its source language, and written back
 * by the writer of its own format: Word stays Word, text stays text with its lines.
 */
final class DocumentContent {
    /** The formats with a reader and a same-format writer so far. */
    private static final List<DocumentReader> READERS = List.of(new DocxReader(), new PlainTextReader());

    private final SourceDocument source;
    private final Language language;
    private final List<DocumentSegment> segments;

    private DocumentContent(SourceDocument source, Language language, List<DocumentSegment> segments) {
        this.source = source;
        this.language = language;
        this.segments = segments;
    }

    /** The reader for {@code file}, by extension first, then by its first bytes. */
    static Optional<DocumentReader> readerFor(Path file, byte[] head) {
        return READERS.stream().filter(reader -> reader.accepts(file, head)).findFirst();
    }

    static DocumentContent cut(SourceDocument source, Language language, SentenceSegmenter segmenter) {
        return new DocumentContent(source, language, source.segments(language, segmenter));
    }

    List<DocumentSegment> segments() {
        return segments;
    }

    DocumentFormat format() {
        return source.format();
    }

    /** Writes the document with {@code targets} in place of its sentences, in its own format. */
    void write(List<String> targets, Language target, Path out) throws DocumentException {
        DocumentWriter writer = source.format() == DocumentFormat.DOCX ? new DocxWriter() : new TextWriter();
        writer.write(new TranslatedDocument(source, language, target, segments, targets), Marking.NONE, out);
    }
}
