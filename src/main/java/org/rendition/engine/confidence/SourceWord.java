package org.rendition.engine.confidence;

import org.rendition.arch.ValueType;

/**
 * A source word, as target words point at it.
 *
 * @param text the word as the source pieces spell it
 * @param start its first character in the source sentence, or -1 when it could not be placed there
 * @param end the character after it, or -1
 * @param attention how much of the decoder's attention it received over the whole output,
 *     relative to the sentence's mean word (1 is average; near 0 it was hardly read)
 */
@ValueType
public record SourceWord(String text, int start, int end, double attention) {
}
