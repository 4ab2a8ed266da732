package org.rendition.glossary;

import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * One piece of what a termbase says about a concept, a language or a term, kept so a TBX round
 * trip loses nothing: a definition, context, subject field, note, source, cross-reference or a
 * dated change (who created or modified the entry).
 *
 * @param lang   for a field of a language section, its language; null at concept or term level
 * @param kind   which TBX element it came from
 * @param type   the element's {@code type} ({@code definition}, {@code context},
 *               {@code subjectField}, {@code termType}, {@code source}, {@code xGraphic} …);
 *               for a {@link Kind#TRANSACTION} the transaction type ({@code creation});
 *               null for a note
 * @param value  the text
 * @param source the source of a definition or context (its {@code descripGrp}'s
 *               {@code admin type="source"}), or null
 * @param target the {@code target} attribute of an xref or a responsibility, or null
 * @param date   the date of a transaction as written ({@code 2010-04-17}), or null
 * @param by     who made a transaction (its responsibility), or null
 */
@ValueType
public record TermField(String lang, Kind kind, String type, String value, String source, String target,
                        String date, String by) {
    /** TBX elements a field comes from. */
    public enum Kind { DESCRIP, NOTE, ADMIN, XREF, TERM_NOTE, TRANSACTION }

    public TermField {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
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
