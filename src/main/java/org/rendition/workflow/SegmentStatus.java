package org.rendition.workflow;

/** Where a segment's target came from and whether a person has approved it. */
public enum SegmentStatus {
    /** No target yet. */
    UNTRANSLATED,
    /** The neural model's translation, not yet looked at. */
    MACHINE,
    /** Changed by the analyst, not yet confirmed. */
    EDITED,
    /** Approved by the analyst; a later translation run leaves it alone. */
    CONFIRMED,
    /** Reserved: taken from an exact translation-memory match. */
    TM_EXACT,
    /** Reserved: started from a fuzzy translation-memory match. */
    TM_FUZZY;

    /** Whether a translation run may replace the target (a person's work is never overwritten). */
    public boolean isReplaceableByMachine() {
        return this == UNTRANSLATED || this == MACHINE;
    }
}
