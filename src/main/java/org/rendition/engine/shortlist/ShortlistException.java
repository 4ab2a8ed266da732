package org.rendition.engine.shortlist;

/** A shortlist that cannot be built or read; the message is one sentence a person can act on. */
public final class ShortlistException extends Exception {
    public ShortlistException(String message) {
        super(message);
    }
}
