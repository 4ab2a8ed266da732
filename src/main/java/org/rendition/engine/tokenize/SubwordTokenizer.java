package org.rendition.engine.tokenize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.rendition.engine.model.Architecture;
import org.rendition.text.Language;

/** Turns text into the token ids a model reads, and generated ids back into text. */
public interface SubwordTokenizer extends AutoCloseable {

    /** The tokenizer of a checkpoint folder of the given architecture. */
    static SubwordTokenizer load(Path folder, Architecture architecture) throws IOException {
        return architecture == Architecture.MARIAN ? MarianTokenizer.load(folder) : NllbTokenizer.load(folder);
    }

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
