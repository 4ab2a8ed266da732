package org.rendition.engine;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes a small Marian-shaped checkpoint with seeded random weights (1+1 layers, d_model 16,
 * a 40-token vocabulary), so decoding edge cases can be tested on a model the test controls.
 */
public final class TinyCheckpoint {
    public static final int VOCAB = 40;
    public static final int EOS = 0;
    public static final int PAD = 39;
    private static final int D = 16;
    private static final int HEADS = 2;

    private TinyCheckpoint() {
    }

    public static Path write(Path folder, long seed, int maxLength) throws IOException {
        return write(folder, seed, maxLength, D, HEADS);
    }

    /** A checkpoint of {@code width} hidden units in {@code heads} heads (the feed-forward layer twice as wide). */
    public static Path write(Path folder, long seed, int maxLength, int width, int heads) throws IOException {
        Files.createDirectories(folder);
        JsonObject config = new JsonObject();
        config.addProperty("model_type", "marian");
        config.addProperty("d_model", width);
        config.addProperty("encoder_layers", 1);
        config.addProperty("decoder_layers", 1);
        config.addProperty("encoder_attention_heads", heads);
        config.addProperty("decoder_attention_heads", heads);
        config.addProperty("encoder_ffn_dim", 2 * width);
        config.addProperty("decoder_ffn_dim", 2 * width);
        config.addProperty("vocab_size", VOCAB);
        config.addProperty("max_position_embeddings", 64);
        config.addProperty("scale_embedding", true);
        config.addProperty("activation_function", "swish");
        config.addProperty("pad_token_id", PAD);
        config.addProperty("eos_token_id", EOS);
        config.addProperty("decoder_start_token_id", PAD);
        Files.writeString(folder.resolve("config.json"), config.toString());
        JsonObject generation = new JsonObject();
        generation.addProperty("max_length", maxLength);
        generation.addProperty("num_beams", 4);
        Files.writeString(folder.resolve("generation_config.json"), generation.toString());

        Random random = new Random(seed);
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("model.shared.weight", new long[] {VOCAB, width});
        shapes.put("final_logits_bias", new long[] {1, VOCAB});
        layer(shapes, "model.encoder.layers.0", false, width);
        layer(shapes, "model.decoder.layers.0", true, width);
        writeSafetensors(folder.resolve("model.safetensors"), shapes, random);
        return folder;
    }

    private static void layer(Map<String, long[]> shapes, String prefix, boolean decoder, int d) {
        int ffn = 2 * d;
        String[] attentions = decoder ? new String[] {"self_attn", "encoder_attn"} : new String[] {"self_attn"};
        for (String attention : attentions) {
            for (String projection : new String[] {"q_proj", "k_proj", "v_proj", "out_proj"}) {
                shapes.put(prefix + "." + attention + "." + projection + ".weight", new long[] {d, d});
                shapes.put(prefix + "." + attention + "." + projection + ".bias", new long[] {d});
            }
            shapes.put(prefix + "." + attention + "_layer_norm.weight", new long[] {d});
            shapes.put(prefix + "." + attention + "_layer_norm.bias", new long[] {d});
        }
        shapes.put(prefix + ".fc1.weight", new long[] {ffn, d});
        shapes.put(prefix + ".fc1.bias", new long[] {ffn});
        shapes.put(prefix + ".fc2.weight", new long[] {d, ffn});
        shapes.put(prefix + ".fc2.bias", new long[] {d});
        shapes.put(prefix + ".final_layer_norm.weight", new long[] {d});
        shapes.put(prefix + ".final_layer_norm.bias", new long[] {d});
    }

    private static void writeSafetensors(Path file, Map<String, long[]> shapes, Random random) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        long offset = 0;
        for (Map.Entry<String, long[]> entry : shapes.entrySet()) {
            long count = 1;
            for (long dim : entry.getValue()) {
                count *= dim;
            }
            header.put(entry.getKey(), Map.of("dtype", "F32", "shape", entry.getValue(),
                    "data_offsets", new long[] {offset, offset + count * 4}));
            offset += count * 4;
        }
        byte[] json = new Gson().toJson(header).getBytes(StandardCharsets.UTF_8);
        ByteBuffer data = ByteBuffer.allocate((int) offset).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<String, long[]> entry : shapes.entrySet()) {
            boolean norm = entry.getKey().contains("layer_norm.weight");
            long[] shape = entry.getValue();
            long size = 1;
            for (long dim : shape) {
                size *= dim;
            }
            for (long i = 0; i < size; i++) {
                // Layer-norm gains near 1, everything else spread widely enough for varied outputs.
                data.putFloat(norm ? 1f + 0.1f * (float) random.nextGaussian() : 0.5f * (float) random.nextGaussian());
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
            out.write(json);
            out.write(data.array());
        }
    }
}
