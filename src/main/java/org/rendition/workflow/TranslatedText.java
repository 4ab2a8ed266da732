package org.rendition.workflow;

import org.rendition.text.Language;

/**
 * The result of translating a text.
 *
 * @param text the translation, with the source's paragraphs and line breaks
 * @param source the source language, given or detected
 * @param sourceDetected whether {@code source} was detected rather than given
 * @param modelName the pack that translated it
 * @param manifestHash SHA-256 of that pack's manifest, for the record
 * @param sentences how many sentences were translated
 */
public record TranslatedText(String text, Language source, boolean sourceDetected, String modelName,
        String manifestHash, int sentences) {
}
