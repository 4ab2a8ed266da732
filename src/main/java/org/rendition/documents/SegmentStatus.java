package org.rendition.documents;

import org.rendition.arch.ValueType;

/**
 * Where a segment's target came from and what a person has done with it, in one closed set: the
 * grid's status column, the command line's summary, the saved project and the history all read
 * this, so a sentence has the same status whichever face translated it.
 */
@ValueType
public enum SegmentStatus {
    /** No target yet. */
    UNTRANSLATED,
    /** The neural model's translation, not yet looked at. */
    MACHINE,
    /**
     * The model's translation, repaired because it had lost a glossary term, a name or a number
     * the source fixes; not yet looked at.
     */
    MACHINE_REPAIRED,
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
        return this == UNTRANSLATED || isMachineOutput();
    }

    /** Whether the target is the model's output as it came (repaired or not), untouched by a person. */
    public boolean isMachineOutput() {
        return this == MACHINE || this == MACHINE_REPAIRED;
    }

    /** Whether the target came from the translation memory. */
    public boolean isFromMemory() {
        return this == TM_EXACT || this == TM_FUZZY;
    }
}
