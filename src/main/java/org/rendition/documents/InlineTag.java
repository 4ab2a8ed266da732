package org.rendition.documents;

import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * Formatting inside a block's text, as CAT tools carry it: a paired tag spans the characters
 * it formats ({@code start < end}); a standalone tag marks a point ({@code start == end}) where
 * something that is not text sits, such as a footnote reference or a picture. Line breaks and
 * tabs are also characters of the text ({@code \n}, {@code \t}), so translation sees them; their
 * tag spans that one character. Offsets count UTF-16 chars of {@link DocumentBlock#text()}.
 *
 * @param kind what the tag stands for
 * @param start the first character it covers, or its point
 * @param end one past the last character it covers; equal to {@code start} for a point
 * @param detail what a person may want to see on the tag: a link's target, a field's code,
 *     a note's number; empty when there is nothing to add
 */
@ValueType
public record InlineTag(Kind kind, int start, int end, String detail) {
    /** The kinds of inline formatting the readers record. */
    public enum Kind {
        BOLD(true), ITALIC(true), UNDERLINE(true), LINK(true), FIELD(true),
        FOOTNOTE_REFERENCE(false), ENDNOTE_REFERENCE(false), COMMENT_REFERENCE(false), IMAGE(false),
        LINE_BREAK(true), TAB(true);

        private final boolean paired;

        Kind(boolean paired) {
            this.paired = paired;
        }

        /** Whether the tag spans text rather than marking a point. */
        public boolean paired() {
            return paired;
        }
    }

    public InlineTag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A tag spans [" + start + ", " + end + ")");
        }
    }

    /**
     * For each of a source's {@code tags}, the tag standing for it among those placed in its
     * target, or empty where the target lacks it ({@link TargetTags}).
     */
    public static java.util.List<java.util.Optional<InlineTag>> inTarget(java.util.List<InlineTag> tags,
            java.util.List<InlineTag> placed) {
        return TargetTags.perSourceTag(tags, placed);
    }

    /** The same tag moved by {@code offset} characters and kept within {@code [0, length]}. */
    InlineTag shifted(int offset, int length) {
        int from = Math.max(0, Math.min(length, start + offset));
        int to = Math.max(from, Math.min(length, end + offset));
        return new InlineTag(kind, from, to, detail);
    }
}
