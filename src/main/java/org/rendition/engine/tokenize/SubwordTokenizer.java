package org.rendition.engine.tokenize;

import java.util.OptionalInt;
import org.rendition.text.Language;

/** Turns text into the token ids a model reads, and generated ids back into text. */
public interface SubwordTokenizer extends AutoCloseable {

    /** Token ids of one sentence, with the prefix and end-of-sentence the model expects. */
    int[] encode(String text, Language source);

    /** Text of generated ids, special tokens left out. */
    String decode(int[] ids);

    /** The token to force first when translating into {@code target}, for multilingual models. */
    OptionalInt targetLanguageToken(Language target);

    @Override
    void close();
}
