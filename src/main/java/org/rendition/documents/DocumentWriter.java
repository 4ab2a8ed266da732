package org.rendition.documents;

import java.nio.file.Path;

/**
 * Writes a translated document in one export format. Writers never leave a half-written file:
 * they write beside {@code target} and move the finished file into place.
 */
public interface DocumentWriter {
    /**
     * Writes {@code translation} to {@code target}, replacing a file already there.
     *
     * @param marking lines for the top and bottom of the output, {@link Marking#NONE} for none
     * @throws DocumentException in one sentence, when this format cannot be made from the source
     *     document or the file cannot be written
     */
    void write(TranslatedDocument translation, Marking marking, Path target) throws DocumentException;
}
