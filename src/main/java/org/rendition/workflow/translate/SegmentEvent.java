package org.rendition.workflow.translate;

import org.rendition.documents.Segment;
import java.time.Instant;
import org.rendition.engine.LanguagePair;

/**
 * Something that happened to a segment, for the history and audit trail.
 *
 * @param document the document's file name
 * @param segment the segment after the change
 * @param pair the language pair the document is translated in
 * @param model the model pack that translated it, or empty when a person wrote it
 * @param modelHash SHA-256 of that pack's manifest, or empty
 * @param at when it happened
 * @param classification the document's classification marking, e.g. {@code OFFICIAL-SENSITIVE}
 */
public record SegmentEvent(String document, Segment segment, LanguagePair pair, String model, String modelHash,
        Instant at, String classification) {
}
