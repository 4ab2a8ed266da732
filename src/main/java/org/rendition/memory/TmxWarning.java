package org.rendition.memory;

/** A translation unit that was skipped, and why; the rest of the file was read. */
public record TmxWarning(int line, String message) {
    @Override
    public String toString() {
        return "Line " + line + ": " + message;
    }
}
