package org.rendition.memory;

import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * An inline code of a segment (formatting, a field, a placeholder) as another CAT tool wrote
 * it, kept so that a memory round trip gives back every tag.
 *
 * <p>This is the tag model the memory shares with documents: a tag sits at a character
 * {@code offset} of the segment's plain text and carries its original TMX markup, so it can be
 * written back unchanged. It lives in {@code memory} until the documents readers adopt it.
 *
 * @param offset the position in the plain text the tag stands before (0 … text length)
 * @param kind   which TMX element it is
 * @param pairId the {@code i} attribute that pairs a {@code bpt} with its {@code ept}, or the
 *               {@code x} attribute of a {@code ph}/{@code it}; null when the tag has neither
 * @param markup the element as TMX markup: {@code <bpt i="1">&lt;b&gt;</bpt>}; for
 *               {@code hi} its start tag {@code <hi type="x">} or end tag {@code </hi>}
 */
@ValueType
public record InlineTag(int offset, Kind kind, String pairId, String markup) {
    /** TMX 1.4b inline elements; {@code sub} lives inside the markup of the code that holds it. */
    public enum Kind {
        /** Opens a paired native code ({@code <bpt>}). */
        BEGIN,
        /** Closes a paired native code ({@code <ept>}). */
        END,
        /** A standalone native code ({@code <ph>}). */
        PLACEHOLDER,
        /** A code whose partner lies outside the segment ({@code <it>}). */
        ISOLATED,
        /** A code TMX 1.4 deprecated but still found in old files ({@code <ut>}). */
        UNKNOWN,
        /** Start of highlighted text ({@code <hi>}); the text inside stays segment text. */
        HIGHLIGHT_START,
        /** End of highlighted text ({@code </hi>}). */
        HIGHLIGHT_END
    }

    public InlineTag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(markup, "markup");
        if (offset < 0) {
            throw new IllegalArgumentException("a tag offset cannot be negative");
        }
    }

    static Kind kindOf(String element) {
        return switch (element) {
            case "bpt" -> Kind.BEGIN;
            case "ept" -> Kind.END;
            case "ph" -> Kind.PLACEHOLDER;
            case "it" -> Kind.ISOLATED;
            case "ut" -> Kind.UNKNOWN;
            default -> null;
        };
    }
}
