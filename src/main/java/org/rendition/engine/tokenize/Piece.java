package org.rendition.engine.tokenize;

/**
 * One SentencePiece piece: its model id and its text, where {@value #WORD_START} stands for the
 * space before a word.
 */
public record Piece(int id, String text) {
    public static final char WORD_START = '\u2581';

    /** Whether a new word begins with this piece (it carries the space marker). */
    public boolean startsWord() {
        return !text.isEmpty() && text.charAt(0) == WORD_START;
    }

    /** The piece's letters, without the space marker. */
    public String surface() {
        return startsWord() ? text.substring(1) : text;
    }
}
