package org.rendition.engine;

import org.rendition.arch.ValueType;
import org.rendition.text.Language;

/**
 * A translation direction.
 *
 * @param source language of the input
 * @param target language of the output
 */
@ValueType
public record LanguagePair(Language source, Language target) {

    @Override
    public String toString() {
        return source.displayName() + " to " + target.displayName();
    }
}
