package org.rendition.memory;

import org.rendition.arch.ValueType;

/**
 * One stretch of the difference between a memory entry's source and the current source.
 * {@code tmText} is the stretch in the entry's source, {@code currentText} in the current one;
 * the side that does not have it holds an empty string.
 */
@ValueType
public record DiffChunk(Kind kind, String tmText, String currentText) {
    public enum Kind {
        SAME,
        /** Words the current source has in place of the memory's. */
        CHANGED,
        /** Words only the current source has. */
        ADDED,
        /** Words only the memory's source has. */
        REMOVED
    }
}
