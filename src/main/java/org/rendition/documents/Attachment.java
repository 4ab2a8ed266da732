package org.rendition.documents;

import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to an e-mail.
 *
 * @param name the attachment's file name as the sender gave it
 * @param mimeType the declared type, such as {@code text/plain}, without parameters
 * @param size the size in bytes after transfer decoding
 * @param document the attachment read as a document, when it is in a format Rendition reads
 * @param problem why a readable-looking attachment could not be read, in one sentence
 * @param content the attachment's bytes after transfer decoding, kept only where {@code document}
 *     is present (so it can be saved and opened as a file of its own); empty otherwise
 */
public record Attachment(String name, String mimeType, long size, Optional<SourceDocument> document,
                         Optional<String> problem, byte[] content) {
    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(content, "content");
    }

    /** An attachment whose bytes are not kept: one Rendition cannot read, or could not. */
    Attachment(String name, String mimeType, long size, Optional<String> problem) {
        this(name, mimeType, size, Optional.empty(), problem, new byte[0]);
    }

    /** The attachment's bytes, a copy; empty when it is not translatable. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Whether the attachment can be opened and translated as a document of its own. */
    public boolean isTranslatable() {
        return document.isPresent();
    }
}
