package org.rendition.engine.tokenize;

import java.util.List;
import java.util.OptionalInt;
import org.rendition.text.Language;

/** Turns text into the token ids a model reads, and generated ids back into text. */
public interface SubwordTokenizer extends AutoCloseable {

    /** Token ids of one sentence, with the prefix and end-of-sentence the model expects. */
    int[] encode(String text, Language source);

    /**
     * The pieces of a source sentence as {@link #encode} reads them, without the language prefix and
     * end-of-sentence that {@code encode} adds around them.
     */
    List<Piece> sourcePieces(String text, Language source);

    /** The pieces a sentence in {@code target} is written with on the output side. */
    List<Piece> targetPieces(String text, Language target);

    /** Text of generated ids, special tokens left out. */
    String decode(int[] ids);

    /** The token to force first when translating into {@code target}, for multilingual models. */
    OptionalInt targetLanguageToken(Language target);

    @Override
    void close();
}
