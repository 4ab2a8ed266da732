package org.rendition.memory;

import org.rendition.arch.ValueType;

/** Where the confirmed target of a translation-memory entry came from. */
@ValueType
public enum Origin {
    /** Translated by a person. */
    HUMAN,
    /** Machine translation confirmed unchanged. */
    MACHINE,
    /** Machine translation a person edited before confirming. */
    EDITED_MACHINE
}
