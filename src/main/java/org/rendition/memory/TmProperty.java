package org.rendition.memory;

import java.util.Objects;

/**
 * A TMX {@code <prop>}, {@code <note>} or other attribute (usagecount, datatype, ...), kept so
 * that a TMX round trip loses nothing. For a prop {@code type} is its type, for an attribute its
 * name, for a note null; {@code lang} is the optional xml:lang. {@code scope} says where it was
 * written: on the translation unit, or on its source or target variant ({@code <tuv>}).
 *
 * <p>A header's user-defined entities ({@code <ude>}) are {@link Kind#UDE}: {@code type} is the
 * ude's name and {@code value} the whole element as markup, its {@code <map>}s inside. They
 * occur only in a {@link TmxHeader}.
 */
public record TmProperty(Kind kind, String type, String lang, String value, Scope scope) {
    public enum Kind { ATTRIBUTE, PROP, NOTE, UDE }

    /** Where in a unit the property was written. */
    public enum Scope {
        /** On the {@code <tu>}: it applies to every variant. */
        UNIT,
        /** On the source language's {@code <tuv>}. */
        SOURCE,
        /** On the target language's {@code <tuv>}. */
        TARGET;

        /** The scope as seen from the other language: source and target trade places. */
        public Scope reversed() {
            return switch (this) {
                case UNIT -> UNIT;
                case SOURCE -> TARGET;
                case TARGET -> SOURCE;
            };
        }
    }

    public TmProperty {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        scope = scope == null ? Scope.UNIT : scope;
    }

    /** A property of the whole unit. */
    public TmProperty(Kind kind, String type, String lang, String value) {
        this(kind, type, lang, value, Scope.UNIT);
    }

    public static TmProperty prop(String type, String value) {
        return new TmProperty(Kind.PROP, type, null, value);
    }

    public static TmProperty note(String value) {
        return new TmProperty(Kind.NOTE, null, null, value);
    }

    /** An attribute named {@code name}, of the unit. */
    public static TmProperty attribute(String name, String value) {
        return new TmProperty(Kind.ATTRIBUTE, name, null, value);
    }

    /** This property written at {@code where} instead. */
    public TmProperty in(Scope where) {
        return new TmProperty(kind, type, lang, value, where);
    }
}
