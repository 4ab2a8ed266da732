package org.rendition.memory;

/** A TMX file could not be read; the message names the line. */
public final class TmxFormatException extends Exception {
    private final int line;

    public TmxFormatException(String message, int line, Throwable cause) {
        super("Line " + line + ": " + message, cause);
        this.line = line;
    }

    /** The line of the file where reading stopped. */
    public int line() {
        return line;
    }
}
