package org.rendition.store;

/**
 * The team server did not answer: the network or the server is down. Unlike a refusal, trying the
 * same thing again later can succeed, so a writer may keep the work and retry it.
 */
public final class ServerUnreachableException extends ServerException {
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
