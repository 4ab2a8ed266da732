package org.rendition.store;

/** The database file can be written by accounts other than its owner, so it is not opened. */
public final class InsecureDatabaseException extends StoreException {
    public InsecureDatabaseException(String message) {
        super(message);
    }
}
