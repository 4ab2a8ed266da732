package org.rendition.documents;

import java.util.List;
import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * A whole document as XLIFF carries it between CAT tools: its segments (source, target, status,
 * the paragraph each belongs to) and the document's classification marking.
 *
 * @param original   the file the segments came from, as the {@code original} attribute names it
 * @param sourceLang BCP 47 tag of the sources
 * @param targetLang BCP 47 tag of the targets
 * @param marking    the classification marking, or null when the document carries none
 * @param sourceTags each segment's inline tags, offsets into its source; empty when the
 *                   document has none, else one list per segment
 */
@ValueType
public record XliffDocument(XliffVersion version, String original, String sourceLang, String targetLang,
                            String marking, List<Segment> segments, List<List<InlineTag>> sourceTags) {
    /** A document without inline tags. */
    public XliffDocument(XliffVersion version, String original, String sourceLang, String targetLang, String marking,
                         List<Segment> segments) {
        this(version, original, sourceLang, targetLang, marking, segments, List.of());
    }

    public XliffDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        segments = List.copyOf(segments);
        sourceTags = sourceTags.stream().map(List::copyOf).toList();
        if (!sourceTags.isEmpty() && sourceTags.size() != segments.size()) {
            throw new IllegalArgumentException("Tags for " + sourceTags.size() + " segments, but " + segments.size()
                    + " segments");
        }
    }

    /** The inline tags of segment {@code i}'s source; empty when it has none. */
    public List<InlineTag> tagsOf(int i) {
        return sourceTags.isEmpty() ? List.of() : sourceTags.get(i);
    }

    /**
     * {@code document}'s segments with the targets of this (translated) file filled in, matched
     * by position: segments the colleague left untranslated keep what they had.
     */
    public List<Segment> mergeInto(List<Segment> document) {
        if (document.size() != segments.size()) {
            throw new IllegalArgumentException("The XLIFF file has " + segments.size() + " segments, the document "
                    + document.size() + "; it was made from another version of the document.");
        }
        return java.util.stream.IntStream.range(0, document.size()).mapToObj(i -> {
            Segment mine = document.get(i);
            Segment theirs = segments.get(i);
            return theirs.target().isBlank() ? mine
                    : new Segment(mine.index(), mine.paragraph(), mine.source(), theirs.target(), theirs.status(),
                            theirs.tmScore());
        }).toList();
    }
}
