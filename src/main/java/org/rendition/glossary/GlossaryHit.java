package org.rendition.glossary;

/** A term found in a sentence: {@code matchedText} is {@code sentence.substring(start, end)}. */
public record GlossaryHit(GlossaryTerm term, int start, int end, String matchedText) {
}
