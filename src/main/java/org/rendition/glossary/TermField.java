package org.rendition.glossary;

import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * One piece of what a termbase says about a concept, a language or a term, kept so a TBX round
 * trip loses nothing: a definition, context, subject field, note, source, cross-reference or a
 * dated change (who created or modified the entry).
 *
 * <p>A field read from a file keeps the element it came from as {@link #markup}: its attributes
 * (ids, {@code target}s into the back matter, {@code xml:lang}), what its group held beside the
 * interpreted value, and inline markup ({@code <hi>}, {@code <foreign>}, {@code <ph>}) in its
 * text. The other components are what Rendition reads from it; export writes the markup.
 *
 * @param lang   for a field of a language section, its language; null at concept or term level
 * @param kind   which TBX element it came from
 * @param type   the element's {@code type} ({@code definition}, {@code context},
 *               {@code subjectField}, {@code termType}, {@code source}, {@code xGraphic} …);
 *               for a {@link Kind#TRANSACTION} the transaction type ({@code creation});
 *               null for a note
 * @param value  the text, inline markup left out
 * @param source the source of a definition or context (its {@code descripGrp}'s
 *               {@code admin type="source"}), or null
 * @param target the {@code target} attribute of an xref or a responsibility, or null
 * @param date   the date of a transaction as written ({@code 2010-04-17}), or null
 * @param by     who made a transaction (its responsibility), or null
 * @param markup the element as the file wrote it (namespace left to the document), or null for
 *               a field Rendition made
 */
@ValueType
public record TermField(String lang, Kind kind, String type, String value, String source, String target,
                        String date, String by, String markup) {
    /**
     * TBX elements a field comes from. A {@link #SECTION} is the start tag of a language section
     * ({@code langSec}, {@code langSet}) with its attributes; {@link #OTHER} an element Rendition
     * does not interpret, kept whole.
     */
    public enum Kind { DESCRIP, NOTE, ADMIN, XREF, TERM_NOTE, TRANSACTION, SECTION, OTHER }

    public TermField {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
    }

    /** A field Rendition made, written from its parts. */
    public TermField(String lang, Kind kind, String type, String value, String source, String target, String date,
                     String by) {
        this(lang, kind, type, value, source, target, date, by, null);
    }

    public static TermField descrip(String lang, String type, String value, String source) {
        return new TermField(lang, Kind.DESCRIP, type, value, source, null, null, null);
    }

    public static TermField note(String lang, String value) {
        return new TermField(lang, Kind.NOTE, null, value, null, null, null, null);
    }

    public boolean is(Kind wantedKind, String wantedType) {
        return kind == wantedKind && Objects.equals(type, wantedType);
    }
}
