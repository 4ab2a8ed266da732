package org.rendition.store;

/**
 * The team server could not be reached or refused something. Unlike a file's problem, choosing
 * another database file does not help, so the faces give no such hint.
 */
public class ServerException extends StoreException {
    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServerException(String message) {
        super(message);
    }
}
