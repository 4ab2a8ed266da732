package org.rendition.store;

/**
 * A database operation failed. The message is one sentence a user can act on; the cause,
 * when there is one, is the underlying SQL or migration error.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
