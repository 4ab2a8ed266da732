package org.rendition.workflow;

import java.time.Instant;

/**
 * Something that happened to a segment, for the history and audit trail.
 *
 * @param document the document's file name
 * @param segment the segment after the change
 * @param model the model pack that translated it, or empty when a person wrote it
 * @param at when it happened
 */
public record SegmentEvent(String document, Segment segment, String model, Instant at) {
}
