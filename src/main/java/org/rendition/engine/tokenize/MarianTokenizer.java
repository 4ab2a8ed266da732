package org.rendition.engine.tokenize;

import ai.djl.sentencepiece.SpTokenizer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.rendition.text.Language;

/**
 * OPUS-MT tokenization: SentencePiece (DJL's binding) splits text into pieces with
 * {@code source.spm}; the model's ids come from {@code vocab.json}, because Marian's vocabulary is
 * shared by both sides and its ids are not the SentencePiece ids. Output pieces are joined by
 * {@code target.spm}.
 */
public final class MarianTokenizer implements SubwordTokenizer {
    private final SpTokenizer source;
    private final SpTokenizer target;
    private final Map<String, Integer> vocabulary;
    private final String[] pieces;
    private final int unknownId;
    private final int eosId;
    private final int padId;

    private MarianTokenizer(SpTokenizer source, SpTokenizer target, Map<String, Integer> vocabulary) {
        this.source = source;
        this.target = target;
        this.vocabulary = vocabulary;
        int size = vocabulary.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        this.pieces = new String[size];
        vocabulary.forEach((piece, id) -> pieces[id] = piece);
        this.unknownId = vocabulary.getOrDefault("<unk>", 1);
        this.eosId = vocabulary.getOrDefault("</s>", 0);
        this.padId = vocabulary.getOrDefault("<pad>", size - 1);
    }

    /** Loads {@code source.spm}, {@code target.spm} and {@code vocab.json} from a checkpoint folder. */
    public static MarianTokenizer load(Path folder) throws IOException {
        Map<String, Integer> vocabulary = readVocabulary(folder.resolve("vocab.json"));
        SpTokenizer source = new SpTokenizer(folder.resolve("source.spm"));
        try {
            Path targetModel = folder.resolve("target.spm");
            SpTokenizer target = Files.exists(targetModel) ? new SpTokenizer(targetModel)
                    : new SpTokenizer(folder.resolve("source.spm"));
            return new MarianTokenizer(source, target, vocabulary);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    @Override
    public int[] encode(String text, Language sourceLanguage) {
        String[] split = source.getProcessor().tokenize(text);
        int[] ids = new int[split.length + 1];
        for (int i = 0; i < split.length; i++) {
            ids[i] = vocabulary.getOrDefault(split[i], unknownId);
        }
        ids[split.length] = eosId;
        return ids;
    }

    @Override
    public List<Piece> sourcePieces(String text, Language sourceLanguage) {
        return pieces(source, text);
    }

    @Override
    public List<Piece> targetPieces(String text, Language targetLanguage) {
        return pieces(target, text);
    }

    private List<Piece> pieces(SpTokenizer side, String text) {
        List<Piece> split = new ArrayList<>();
        for (String piece : side.getProcessor().tokenize(text)) {
            split.add(new Piece(vocabulary.getOrDefault(piece, unknownId), piece));
        }
        return split;
    }

    @Override
    public String decode(int[] ids) {
        List<String> kept = new ArrayList<>();
        for (int id : ids) {
            if (id == eosId || id == padId || id == unknownId || id < 0 || id >= pieces.length
                    || pieces[id] == null) {
                continue;
            }
            kept.add(pieces[id]);
        }
        return target.getProcessor().buildSentence(kept.toArray(String[]::new)).replace('\u2581', ' ').strip();
    }

    @Override
    public OptionalInt targetLanguageToken(Language targetLanguage) {
        return OptionalInt.empty();
    }

    private static Map<String, Integer> readVocabulary(Path file) throws IOException {
        JsonObject json;
        try {
            json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " is not a valid vocabulary file.", e);
        }
        Map<String, Integer> vocabulary = new HashMap<>(json.size() * 2);
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            vocabulary.put(entry.getKey(), entry.getValue().getAsInt());
        }
        return vocabulary;
    }

    @Override
    public void close() {
        try (SpTokenizer s = source; SpTokenizer t = target) {
            // closes both, source last
        }
    }
}
