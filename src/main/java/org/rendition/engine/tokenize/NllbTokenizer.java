package org.rendition.engine.tokenize;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
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
import java.util.regex.Pattern;
import org.rendition.text.Language;

/**
 * NLLB-200 / M2M100 tokenization with DJL's HuggingFace tokenizers over {@code tokenizer.json}.
 * The file's post-processor names one fixed source language, so special tokens are added here
 * instead: {@code [source language] tokens </s>}, as the reference tokenizer does for any source.
 */
public final class NllbTokenizer implements SubwordTokenizer {
    private static final Pattern LANGUAGE_TOKEN = Pattern.compile("[a-z]{3}_[A-Z][a-z]{3}");
    private static final Pattern M2M_LANGUAGE_TOKEN = Pattern.compile("__[a-z]{2,3}__");

    private final HuggingFaceTokenizer tokenizer;
    private final Map<String, Integer> languageTokens;
    private final int eosId;

    private NllbTokenizer(HuggingFaceTokenizer tokenizer, Map<String, Integer> languageTokens, int eosId) {
        this.tokenizer = tokenizer;
        this.languageTokens = languageTokens;
        this.eosId = eosId;
    }

    /** Loads {@code tokenizer.json} from a checkpoint folder; nothing is looked up online. */
    public static NllbTokenizer load(Path folder) throws IOException {
        Path file = folder.resolve("tokenizer.json");
        Map<String, Integer> special = readAddedTokens(file);
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(file, Map.of(
                "addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        Map<String, Integer> languages = new HashMap<>();
        special.forEach((content, id) -> {
            if (LANGUAGE_TOKEN.matcher(content).matches() || M2M_LANGUAGE_TOKEN.matcher(content).matches()) {
                languages.put(content, id);
            }
        });
        return new NllbTokenizer(tokenizer, languages, special.getOrDefault("</s>", 2));
    }

    /** Language-code tokens the model knows, e.g. {@code rus_Cyrl}. */
    public Map<String, Integer> languageTokens() {
        return Map.copyOf(languageTokens);
    }

    @Override
    public int[] encode(String text, Language source) {
        int prefix = languageId(source);
        long[] body = tokenizer.encode(text, false, false).getIds();
        int[] ids = new int[body.length + 2];
        ids[0] = prefix;
        for (int i = 0; i < body.length; i++) {
            ids[i + 1] = (int) body[i];
        }
        ids[body.length + 1] = eosId;
        return ids;
    }

    @Override
    public List<Piece> sourcePieces(String text, Language source) {
        return pieces(text);
    }

    /** NLLB reads and writes with one vocabulary, so both sides split alike. */
    @Override
    public List<Piece> targetPieces(String text, Language target) {
        return pieces(text);
    }

    private List<Piece> pieces(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        long[] ids = encoding.getIds();
        String[] tokens = encoding.getTokens();
        List<Piece> split = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            split.add(new Piece((int) ids[i], tokens[i]));
        }
        return split;
    }

    @Override
    public String decode(int[] ids) {
        long[] wide = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            wide[i] = ids[i];
        }
        return tokenizer.decode(wide, true);
    }

    @Override
    public OptionalInt targetLanguageToken(Language target) {
        return OptionalInt.of(languageId(target));
    }

    /** Whether the model has a language-code token for {@code language}. */
    public boolean knows(Language language) {
        return languageTokens.containsKey(language.nllbCode())
                || languageTokens.containsKey("__" + language.iso1() + "__");
    }

    private int languageId(Language language) {
        Integer id = languageTokens.get(language.nllbCode());
        if (id == null) {
            id = languageTokens.get("__" + language.iso1() + "__");
        }
        if (id == null) {
            throw new IllegalArgumentException("This model has no token for " + language.displayName() + ".");
        }
        return id;
    }

    private static Map<String, Integer> readAddedTokens(Path file) throws IOException {
        JsonObject json;
        try {
            json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " is not a valid tokenizer file.", e);
        }
        Map<String, Integer> tokens = new HashMap<>();
        if (json.has("added_tokens")) {
            for (JsonElement token : json.getAsJsonArray("added_tokens")) {
                JsonObject object = token.getAsJsonObject();
                tokens.put(object.get("content").getAsString(), object.get("id").getAsInt());
            }
        }
        return tokens;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
