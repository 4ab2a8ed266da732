package org.rendition.memory;

import org.rendition.arch.ValueType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A confirmed segment pair in the translation memory.
 *
 * @param id          the stored row id, or 0 for an entry not yet stored
 * @param sourceLang  source language code, e.g. {@code ru}
 * @param targetLang  target language code, e.g. {@code en}
 * @param document    the document the segment was confirmed in, or null
 * @param tuid        the TMX translation-unit id, or null
 * @param createdBy   who confirmed it (the OS user, or TMX creationid)
 * @param changedBy   who changed it last, or null
 * @param changed     when it was changed last, or null
 * @param properties  TMX props and notes, in document order
 */
@ValueType
public record TmEntry(long id, String sourceLang, String targetLang, String source, String target,
                      String document, String tuid, String createdBy, Instant created,
                      String changedBy, Instant changed, Origin origin, List<TmProperty> properties) {

    public TmEntry {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(origin, "origin");
        properties = List.copyOf(properties);
    }

    /** A segment pair confirmed now by {@code user}, not yet stored. */
    public static TmEntry confirmed(String sourceLang, String targetLang, String source, String target,
                                    String document, String user, Instant when, Origin origin) {
        return new TmEntry(0, sourceLang, targetLang, source, target, document, null, user, when,
                null, null, origin, List.of());
    }

    /** This entry as stored under {@code newId}. */
    public TmEntry withId(long newId) {
        return new TmEntry(newId, sourceLang, targetLang, source, target, document, tuid, createdBy,
                created, changedBy, changed, origin, properties);
    }
}
