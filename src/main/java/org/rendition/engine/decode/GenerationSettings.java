package org.rendition.engine.decode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * How to decode: the model's {@code generation_config.json} (falling back to {@code config.json}),
 * optionally overridden per request.
 *
 * @param numBeams 1 for greedy search, more for beam search
 * @param maxLength longest output, counting the decoder start token (as transformers counts it)
 * @param minLength shortest output; end-of-sentence is blocked before it
 * @param lengthPenalty exponent of the length normalisation of finished beams
 * @param earlyStopping the beam search stop rule
 * @param badWordIds tokens never generated (single-token {@code bad_words_ids})
 * @param forcedBosId token forced at the first step, e.g. the NLLB target language
 * @param forcedEosId token forced at the last possible step
 * @param eosId end-of-sentence token
 * @param padId padding token
 * @param decoderStartId first decoder input
 */
public record GenerationSettings(int numBeams, int maxLength, int minLength, float lengthPenalty,
        EarlyStopping earlyStopping, List<Integer> badWordIds, OptionalInt forcedBosId, OptionalInt forcedEosId,
        int eosId, int padId, int decoderStartId) {

    public GenerationSettings {
        if (numBeams < 1) {
            throw new IllegalArgumentException("Beam size must be at least 1, not " + numBeams + ".");
        }
        if (maxLength < 2) {
            throw new IllegalArgumentException("Maximum length must be at least 2, not " + maxLength + ".");
        }
        badWordIds = List.copyOf(badWordIds);
    }

    /** Reads the generation settings a checkpoint ships, filling gaps from its model config. */
    public static GenerationSettings read(Path checkpoint) throws IOException {
        JsonObject model = parse(checkpoint.resolve("config.json"));
        Path generationFile = checkpoint.resolve("generation_config.json");
        JsonObject generation = Files.exists(generationFile) ? parse(generationFile) : new JsonObject();
        List<Integer> badWords = new ArrayList<>();
        JsonElement bad = pick(generation, model, "bad_words_ids");
        if (bad != null && bad.isJsonArray()) {
            for (JsonElement sequence : bad.getAsJsonArray()) {
                JsonArray ids = sequence.getAsJsonArray();
                if (ids.size() == 1) {
                    badWords.add(ids.get(0).getAsInt());
                }
            }
        }
        int eos = intOr(pick(generation, model, "eos_token_id"), 2);
        return new GenerationSettings(
                intOr(pick(generation, model, "num_beams"), 1),
                intOr(pick(generation, model, "max_length"), 128),
                intOr(pick(generation, model, "min_length"), 0),
                (float) doubleOr(pick(generation, model, "length_penalty"), 1.0),
                EarlyStopping.parse(stringOr(pick(generation, model, "early_stopping"))),
                badWords,
                optional(pick(generation, model, "forced_bos_token_id")),
                optional(pick(generation, model, "forced_eos_token_id")),
                eos,
                intOr(pick(generation, model, "pad_token_id"), 1),
                intOr(pick(generation, model, "decoder_start_token_id"), eos));
    }

    /** The same settings with another beam size. */
    public GenerationSettings withBeams(int beams) {
        return new GenerationSettings(beams, maxLength, minLength, lengthPenalty, earlyStopping, badWordIds,
                forcedBosId, forcedEosId, eosId, padId, decoderStartId);
    }

    /** The same settings with another maximum length. */
    public GenerationSettings withMaxLength(int length) {
        return new GenerationSettings(numBeams, length, minLength, lengthPenalty, earlyStopping, badWordIds,
                forcedBosId, forcedEosId, eosId, padId, decoderStartId);
    }

    /**
     * The same settings with every output exactly {@code generatedTokens} long: end-of-sentence is
     * blocked until then (as a minimum length does) and the maximum length ends it there. The
     * benchmark uses it so that the work per sentence is known whatever the weights say.
     */
    public GenerationSettings withFixedLength(int generatedTokens) {
        if (generatedTokens < 1) {
            throw new IllegalArgumentException("A fixed output length must be at least 1, not " + generatedTokens + ".");
        }
        // Lengths count the decoder start token, as transformers counts them.
        int length = generatedTokens + 1;
        return new GenerationSettings(numBeams, length, length, lengthPenalty, earlyStopping, badWordIds,
                forcedBosId, forcedEosId, eosId, padId, decoderStartId);
    }

    /** The same settings with a token forced first, as NLLB needs for its target language. */
    public GenerationSettings withForcedBos(int tokenId) {
        return new GenerationSettings(numBeams, maxLength, minLength, lengthPenalty, earlyStopping, badWordIds,
                OptionalInt.of(tokenId), forcedEosId, eosId, padId, decoderStartId);
    }

    private static JsonObject parse(Path file) throws IOException {
        try {
            return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " is not valid JSON.", e);
        }
    }

    private static JsonElement pick(JsonObject first, JsonObject second, String key) {
        JsonElement value = first.get(key);
        if (value == null || value.isJsonNull()) {
            value = second.get(key);
        }
        return value == null || value.isJsonNull() ? null : value;
    }

    private static int intOr(JsonElement value, int fallback) {
        return value == null ? fallback : value.getAsInt();
    }

    private static double doubleOr(JsonElement value, double fallback) {
        return value == null ? fallback : value.getAsDouble();
    }

    private static String stringOr(JsonElement value) {
        return value == null ? null : value.getAsString();
    }

    private static OptionalInt optional(JsonElement value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value.getAsInt());
    }
}
