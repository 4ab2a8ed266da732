package org.rendition.documents;

import org.rendition.arch.ValueType;

/** Where a segment's target came from and whether a person has approved it. */
@ValueType
public enum SegmentStatus {
    /** No target yet. */
    UNTRANSLATED,
    /** The neural model's translation, not yet looked at. */
    MACHINE,
    /** Changed by the analyst, not yet confirmed. */
    EDITED,
    /** Approved by the analyst; a later translation run leaves it alone. */
    CONFIRMED,
    /** Taken from an exact translation-memory match (by a run, or inserted by the analyst). */
    TM_EXACT,
    /** A fuzzy translation-memory match the analyst inserted; its score is on the segment. */
    TM_FUZZY;

    /** Whether a translation run may replace the target (a person's work is never overwritten). */
    public boolean isReplaceableByMachine() {
        return this == UNTRANSLATED || this == MACHINE;
    }
}
