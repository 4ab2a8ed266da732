package org.rendition.glossary;

/** A glossary file (CSV, TSV or TBX) could not be read; the message names the line. */
public final class GlossaryFormatException extends Exception {
    private final long line;

    public GlossaryFormatException(String message, long line, Throwable cause) {
        super("Line " + line + ": " + message, cause);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
