package org.rendition.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A TMX file's {@code <header>} as it was read: every attribute (creationtool,
 * creationtoolversion, segtype, o-tmf, adminlang, srclang, datatype, o-encoding, creationdate,
 * creationid, changedate, changeid, and any other) in file order, then its {@code <note>},
 * {@code <prop>} and {@code <ude>} children in file order. An import keeps it with the units it
 * brought, and an export of those units writes it back.
 *
 * @param attributes {@link TmProperty.Kind#ATTRIBUTE}s: {@code type} is the name
 * @param content    {@link TmProperty.Kind#NOTE NOTE}, {@link TmProperty.Kind#PROP PROP} and
 *                   {@link TmProperty.Kind#UDE UDE} (a user-defined entity with its maps, as markup)
 */
public record TmxHeader(List<TmProperty> attributes, List<TmProperty> content) {
    /**
     * Header attributes that are defaults for the units of the file (TMX 1.4b allows each on a
     * {@code <tu>} too), so a unit written under another header keeps them as its own.
     */
    public static final List<String> UNIT_DEFAULTS = List.of("creationtool", "creationtoolversion", "segtype",
            "o-tmf", "datatype", "o-encoding");
    /** The attributes TMX 1.4b requires of a header. */
    static final Set<String> REQUIRED = Set.of("creationtool", "creationtoolversion", "segtype", "o-tmf",
            "adminlang", "srclang", "datatype");

    public TmxHeader {
        attributes = List.copyOf(attributes);
        content = List.copyOf(content);
    }

    /** The header Rendition writes for units of its own: {@code sourceLang} null for {@code *all*}. */
    public static TmxHeader rendition(String sourceLang) {
        return new TmxHeader(List.of(
                TmProperty.attribute("creationtool", "Rendition"),
                TmProperty.attribute("creationtoolversion", "0.1.0"),
                TmProperty.attribute("segtype", "sentence"),
                TmProperty.attribute("o-tmf", "Rendition"),
                TmProperty.attribute("adminlang", "en"),
                TmProperty.attribute("srclang", sourceLang == null ? "*all*" : sourceLang),
                TmProperty.attribute("datatype", "plaintext")), List.of());
    }

    /** The value of attribute {@code name}, if the header has it. */
    public Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.type().equals(name)).map(TmProperty::value).findFirst();
    }

    /** This header with {@code more}'s notes, props and user-defined entities added after its own, once each. */
    public TmxHeader withContentOf(TmxHeader more) {
        List<TmProperty> merged = new ArrayList<>(content);
        for (TmProperty p : more.content) {
            if (!merged.contains(p)) {
                merged.add(p);
            }
        }
        return new TmxHeader(attributes, merged);
    }

    /**
     * The attributes a unit read under this header takes from it, for writing the unit under
     * {@code written}: each {@link #UNIT_DEFAULTS unit default} this header gives and
     * {@code written} gives differently (or not at all).
     */
    public List<TmProperty> unitDefaultsUnder(TmxHeader written) {
        List<TmProperty> defaults = new ArrayList<>();
        for (String name : UNIT_DEFAULTS) {
            Optional<String> mine = attribute(name);
            if (mine.isPresent() && !mine.equals(written.attribute(name))) {
                defaults.add(TmProperty.attribute(name, mine.get()));
            }
        }
        return defaults;
    }
}
