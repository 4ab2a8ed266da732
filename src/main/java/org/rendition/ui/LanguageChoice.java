package org.rendition.ui;

import java.util.Optional;
import org.rendition.text.Language;

/**
 * A choice in the source-language box: a language, or "detect" (empty).
 *
 * @param language the chosen language; empty to detect it from the text
 */
public record LanguageChoice(Optional<Language> language) {
    public static final LanguageChoice DETECT = new LanguageChoice(Optional.empty());

    public static LanguageChoice of(Language language) {
        return new LanguageChoice(Optional.of(language));
    }

    public String label() {
        return language.map(Language::displayName).orElse(Messages.get("language.detect"));
    }
}
