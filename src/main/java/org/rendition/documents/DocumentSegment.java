package org.rendition.documents;

import java.util.Objects;

/**
 * One sentence of a document, the unit that is translated, confirmed and stored.
 *
 * @param index the segment's place among all segments of the document, from 0
 * @param paragraph the index in {@link SourceDocument#blocks()} of the block the sentence comes
 *     from; sentences with the same paragraph are shown, and written back, together
 * @param source the sentence, without surrounding white space
 */
public record DocumentSegment(int index, int paragraph, String source) {
    public DocumentSegment {
        Objects.requireNonNull(source, "source");
    }
}
