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
 */
public record Attachment(String name, String mimeType, long size, Optional<SourceDocument> document,
                         Optional<String> problem) {
    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(problem, "problem");
    }

    /** Whether the attachment can be opened and translated as a document of its own. */
    public boolean isTranslatable() {
        return document.isPresent();
    }
}
