package org.rendition.engine.shortlist;

import java.io.IOException;

/**
 * A shortlist that cannot be built or read; the message is one sentence a person can act on. An
 * {@link IOException}, since a shortlist is a file that loading a model may read.
 */
public final class ShortlistException extends IOException {
    public ShortlistException(String message) {
        super(message);
    }
}
