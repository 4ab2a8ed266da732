package org.rendition.memory;

import org.rendition.arch.ValueType;

/** A translation unit that was skipped, and why; the rest of the file was read. */
@ValueType
public record TmxWarning(int line, String message) {
    @Override
    public String toString() {
        return "Line " + line + ": " + message;
    }
}
