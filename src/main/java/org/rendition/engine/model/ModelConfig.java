package org.rendition.engine.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shape of a checkpoint, read from its HuggingFace {@code config.json}.
 *
 * @param architecture which transformer family the weights belong to
 * @param dModel hidden size
 * @param encoderLayers encoder depth
 * @param decoderLayers decoder depth
 * @param encoderHeads attention heads in the encoder
 * @param decoderHeads attention heads in the decoder
 * @param vocabSize rows of the (shared) embedding matrix
 * @param maxPositions longest sequence the position table covers
 * @param scaleEmbedding whether token embeddings are multiplied by sqrt(dModel)
 * @param activation feed-forward activation ({@code swish}, {@code relu}, {@code gelu})
 * @param padId padding token id
 * @param eosId end-of-sentence token id
 * @param decoderStartId first decoder input
 */
public record ModelConfig(Architecture architecture, int dModel, int encoderLayers, int decoderLayers,
        int encoderHeads, int decoderHeads, int vocabSize, int maxPositions, boolean scaleEmbedding,
        String activation, int padId, int eosId, int decoderStartId) {

    /** Reads and checks {@code config.json}; an unsupported architecture is refused by name. */
    public static ModelConfig read(Path configJson) throws IOException {
        JsonObject json;
        try {
            json = JsonParser.parseString(Files.readString(configJson)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException(configJson.getFileName() + " is not valid JSON.", e);
        }
        String modelType = string(json, "model_type", "");
        Architecture architecture = Architecture.fromModelType(modelType).orElseThrow(() -> new IOException(
                "Model type '" + modelType + "' is not supported; Rendition runs Marian (OPUS-MT), "
                        + "M2M100 and NLLB-200 checkpoints."));
        ModelConfig config;
        try {
            int dModel = json.get("d_model").getAsInt();
            config = new ModelConfig(architecture, dModel,
                    json.get("encoder_layers").getAsInt(), json.get("decoder_layers").getAsInt(),
                    json.get("encoder_attention_heads").getAsInt(), json.get("decoder_attention_heads").getAsInt(),
                    json.get("vocab_size").getAsInt(), integer(json, "max_position_embeddings", 1024),
                    json.has("scale_embedding") && json.get("scale_embedding").getAsBoolean(),
                    string(json, "activation_function", "relu"),
                    json.get("pad_token_id").getAsInt(), json.get("eos_token_id").getAsInt(),
                    integer(json, "decoder_start_token_id", json.get("eos_token_id").getAsInt()));
        } catch (RuntimeException e) {
            throw new IOException(configJson.getFileName() + " lacks a required field or has a bad value: "
                    + e.getMessage(), e);
        }
        config.checkBounds(configJson.getFileName().toString());
        return config;
    }

    /**
     * Refuses shapes no translation model has, before anything is allocated for them: a file that
     * claims a hidden size of a million or two billion positions would otherwise pass import and
     * verification and die of memory at the first translation.
     */
    private void checkBounds(String file) throws IOException {
        within(file, "d_model", dModel, 8, 16_384);
        within(file, "encoder_layers", encoderLayers, 1, 64);
        within(file, "decoder_layers", decoderLayers, 1, 64);
        within(file, "encoder_attention_heads", encoderHeads, 1, 256);
        within(file, "decoder_attention_heads", decoderHeads, 1, 256);
        within(file, "vocab_size", vocabSize, 2, 1_048_576);
        within(file, "max_position_embeddings", maxPositions, 2, 65_536);
        if (dModel % encoderHeads != 0 || dModel % decoderHeads != 0) {
            throw new IOException(file + " claims d_model " + dModel + ", which its attention heads (" + encoderHeads
                    + ", " + decoderHeads + ") do not divide: it is damaged or not a translation model.");
        }
        for (int id : new int[] {padId, eosId, decoderStartId}) {
            within(file, "special token id", id, 0, vocabSize - 1);
        }
    }

    private static void within(String file, String field, int value, int min, int max) throws IOException {
        if (value < min || value > max) {
            throw new IOException(file + " claims " + field + " " + value + "; Rendition reads checkpoints with "
                    + field + " from " + min + " to " + max + ", so the file is damaged or not a translation model.");
        }
    }

    /** Width of one attention head; Rendition assumes both stacks share it. */
    public int headDim(int heads) {
        return dModel / heads;
    }

    static String string(JsonObject json, String key, String fallback) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? fallback : value.getAsString();
    }

    static int integer(JsonObject json, String key, int fallback) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? fallback : value.getAsInt();
    }
}
