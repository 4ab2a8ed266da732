package org.rendition.engine.pack;

import org.rendition.arch.ValueType;
import org.rendition.engine.model.Precision;
import org.rendition.text.Language;

/**
 * What an administrator asks of an import; every field may be null to take what the checkpoint says.
 *
 * @param name pack name; defaults to the source folder's name
 * @param license licence text to record; defaults to the model card's {@code license:} line
 * @param sourceLanguage overrides the source language of a one-pair (Marian) model
 * @param targetLanguage overrides the target language of a one-pair (Marian) model
 * @param replace whether an existing pack of the same name may be replaced
 * @param precision the precision its products run at by default (decision 0028); null for float32
 */
@ValueType
public record ImportRequest(String name, String license, Language sourceLanguage, Language targetLanguage,
        boolean replace, Precision precision) {

    /** A request that keeps the default precision, float32. */
    public ImportRequest(String name, String license, Language sourceLanguage, Language targetLanguage,
            boolean replace) {
        this(name, license, sourceLanguage, targetLanguage, replace, null);
    }

    public static ImportRequest defaults() {
        return new ImportRequest(null, null, null, null, false);
    }
}
