package org.rendition.documents;

import java.nio.file.Path;

/**
 * What the readers share: the choice by extension, then by magic bytes, and reading the whole
 * file within {@link SourceFiles#MAX_BYTES} before parsing it, so e-mail attachments, which arrive
 * as bytes, go through the same parsing as files.
 */
abstract class ByteReader implements DocumentReader {
    @Override
    public final boolean accepts(Path file, byte[] head) {
        return accepts(SourceFiles.nameOf(file), head);
    }

    /** {@link #accepts(Path, byte[])} for a file known only by name, such as an attachment. */
    final boolean accepts(String fileName, byte[] head) {
        String extension = DocumentFormat.extensionOf(fileName);
        return DocumentFormat.byExtension(extension)
            .map(named -> named == format())
            .orElseGet(() -> recognises(head));
    }

    @Override
    public final SourceDocument read(Path file) throws DocumentException {
        return read(SourceFiles.nameOf(file), SourceFiles.readAll(file));
    }

    /** Whether the first bytes of a file show it is in this reader's format. */
    abstract boolean recognises(byte[] head);

    /** Parses a document held in memory; {@code name} names it in messages. */
    abstract SourceDocument read(String name, byte[] bytes) throws DocumentException;
}
