package org.rendition.documents;

import java.nio.file.Path;

/** Reads one document format. Implementations are stateless and safe to share between threads. */
public interface DocumentReader {
    /** The format this reader reads. */
    DocumentFormat format();

    /**
     * Whether this reader should open {@code file}: its extension names the format, or it has no
     * extension Rendition knows and {@code head}, the file's first bytes, shows the format.
     */
    boolean accepts(Path file, byte[] head);

    /**
     * Reads {@code file}.
     *
     * @throws DocumentException in one sentence naming the file, when it is missing, too large,
     *     damaged, not of this format or holds no text
     */
    SourceDocument read(Path file) throws DocumentException;
}
