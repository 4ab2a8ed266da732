package org.rendition.memory;

/**
 * One token of a segment: a word (letters, digits, marks; a single CJK character counts as a
 * word) or a single punctuation/symbol character. {@code folded} is the lower-cased,
 * NFC-normalised form used for comparison and indexing; {@code start}/{@code end} index the
 * original text.
 */
public record Token(String text, String folded, int start, int end, boolean word) {
}
