package org.rendition.workflow.packs;

import java.util.List;

/**
 * What the workstation shows about a model pack (toolbar, About dialog).
 *
 * @param name pack name
 * @param license licence of the weights, as recorded at import
 * @param sourceLanguages ISO 639-1 codes it reads
 * @param targetLanguages ISO 639-1 codes it writes
 */
public record ModelInfo(String name, String license, List<String> sourceLanguages, List<String> targetLanguages) {
    public ModelInfo {
        sourceLanguages = List.copyOf(sourceLanguages);
        targetLanguages = List.copyOf(targetLanguages);
    }
}
