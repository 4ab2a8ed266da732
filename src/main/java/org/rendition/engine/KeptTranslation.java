package org.rendition.engine;

import java.util.List;

/**
 * Translations produced under fixed renderings.
 *
 * @param translations one per input sentence, in order
 * @param repaired for each sentence, whether the model's own translation missed a fixed rendering
 *     and the sentence was repaired
 */
public record KeptTranslation(List<String> translations, List<Boolean> repaired) {
    public KeptTranslation {
        translations = List.copyOf(translations);
        repaired = List.copyOf(repaired);
    }
}
