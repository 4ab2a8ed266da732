package org.rendition.memory;

import java.util.Objects;

/**
 * A TMX {@code <prop>}, {@code <note>} or other translation-unit attribute (usagecount,
 * datatype, ...), kept so that a TMX round trip loses nothing. For a prop {@code type} is its
 * type, for an attribute its name, for a note null; {@code lang} is the optional xml:lang.
 */
public record TmProperty(Kind kind, String type, String lang, String value) {
    public enum Kind { ATTRIBUTE, PROP, NOTE }

    public TmProperty {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static TmProperty prop(String type, String value) {
        return new TmProperty(Kind.PROP, type, null, value);
    }

    public static TmProperty note(String value) {
        return new TmProperty(Kind.NOTE, null, null, value);
    }
}
