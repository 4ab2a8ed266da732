package org.rendition.workflow.translate;

/** Where a segment's translation came from. */
public enum SegmentOrigin {
    /** An exact translation-memory match, used instead of the model. */
    MEMORY_EXACT,
    /** The model's own translation. */
    MACHINE,
    /** The model's translation, repaired because it dropped a glossary term, name or number. */
    MACHINE_REPAIRED
}
