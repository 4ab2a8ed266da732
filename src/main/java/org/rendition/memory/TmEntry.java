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
 * @param properties  TMX props, notes and other attributes (usagecount …) of the unit and of its two
 *                    variants ({@link TmProperty#scope()}), in document order
 * @param sourceTags  inline tags of the source, at offsets of {@code source}
 * @param targetTags  inline tags of the target, at offsets of {@code target}
 */
@ValueType
public record TmEntry(long id, String sourceLang, String targetLang, String source, String target,
                      String document, String tuid, String createdBy, Instant created,
                      String changedBy, Instant changed, Origin origin, List<TmProperty> properties,
                      List<InlineTag> sourceTags, List<InlineTag> targetTags) {

    public TmEntry {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(origin, "origin");
        properties = List.copyOf(properties);
        sourceTags = List.copyOf(sourceTags);
        targetTags = List.copyOf(targetTags);
    }

    /** An entry whose source and target are plain text, with no inline tags. */
    public TmEntry(long id, String sourceLang, String targetLang, String source, String target,
                   String document, String tuid, String createdBy, Instant created,
                   String changedBy, Instant changed, Origin origin, List<TmProperty> properties) {
        this(id, sourceLang, targetLang, source, target, document, tuid, createdBy, created, changedBy, changed,
                origin, properties, List.of(), List.of());
    }

    /** The source with its inline tags. */
    public TaggedText taggedSource() {
        return new TaggedText(source, sourceTags);
    }

    /** The target with its inline tags. */
    public TaggedText taggedTarget() {
        return new TaggedText(target, targetTags);
    }

    /** This entry with other languages (the same text, tags and attributes). */
    public TmEntry withLanguages(String newSourceLang, String newTargetLang) {
        return new TmEntry(id, newSourceLang, newTargetLang, source, target, document, tuid, createdBy, created,
                changedBy, changed, origin, properties, sourceTags, targetTags);
    }

    /**
     * The same unit read the other way round: a TMX unit is a set of equivalent variants, so
     * an {@code en-US}→{@code ru-RU} unit also answers a {@code ru}→{@code en} lookup.
     */
    public TmEntry reversed() {
        return new TmEntry(0, targetLang, sourceLang, target, source, document, tuid, createdBy, created,
                changedBy, changed, origin, properties.stream().map(p -> p.in(p.scope().reversed())).toList(),
                targetTags, sourceTags);
    }

    /** This entry with the properties read back from the store. */
    public TmEntry withProperties(List<TmProperty> newProperties) {
        return new TmEntry(id, sourceLang, targetLang, source, target, document, tuid, createdBy, created,
                changedBy, changed, origin, newProperties, sourceTags, targetTags);
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
                created, changedBy, changed, origin, properties, sourceTags, targetTags);
    }
}
