package org.rendition.memory;

import org.rendition.arch.ValueType;

/**
 * Something a TMX file got wrong that did not stop the import: a translation unit that was
 * skipped ({@code unitSkipped}), or a repair made while reading (bytes that were not valid in the
 * file's encoding); the rest of the file was read.
 */
@ValueType
public record TmxWarning(int line, String message, boolean unitSkipped) {
    /** A translation unit that was skipped, and why. */
    public TmxWarning(int line, String message) {
        this(line, message, true);
    }

    @Override
    public String toString() {
        return "Line " + line + ": " + message;
    }
}
