package org.rendition.store;

/** The database was written by a newer Rendition whose schema this version does not know. */
public final class SchemaTooNewException extends StoreException {
    public SchemaTooNewException(String message) {
        super(message);
    }
}
