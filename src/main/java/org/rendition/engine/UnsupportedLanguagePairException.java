package org.rendition.engine;

/** A model was asked to translate a pair its pack does not cover. */
public final class UnsupportedLanguagePairException extends RuntimeException {
    public UnsupportedLanguagePairException(String packName, LanguagePair pair) {
        super("Model pack '" + packName + "' does not translate " + pair + ".");
    }
}
