package org.rendition.engine.decode;

import java.util.Arrays;

/** A growable list of token ids without boxing; hypotheses are copied often in beam search. */
final class TokenBuffer {
    private int[] tokens;
    private int size;

    TokenBuffer(int first) {
        tokens = new int[16];
        tokens[0] = first;
        size = 1;
    }

    private TokenBuffer(int[] tokens, int size) {
        this.tokens = tokens;
        this.size = size;
    }

    void add(int token) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
        }
        tokens[size++] = token;
    }

    /** A copy extended by one token. */
    TokenBuffer plus(int token) {
        TokenBuffer copy = new TokenBuffer(Arrays.copyOf(tokens, Math.max(tokens.length, size + 1)), size);
        copy.add(token);
        return copy;
    }

    int[] toArray() {
        return Arrays.copyOf(tokens, size);
    }
}
