package org.rendition.glossary;

import org.rendition.arch.ValueType;

/** A term found in a sentence: {@code matchedText} is {@code sentence.substring(start, end)}. */
@ValueType
public record GlossaryHit(GlossaryTerm term, int start, int end, String matchedText) {
}
