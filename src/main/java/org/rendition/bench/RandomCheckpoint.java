package org.rendition.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a Marian (OPUS-MT) checkpoint with deterministic random weights, so the benchmark can run
 * a model of real size where no trained full-size model may be brought in. The tokenizer files
 * (the real 65,001-entry OPUS-MT zh→en vocabulary) are copied from a small trained checkpoint, so
 * tokenization, the embedding table and the output projection have their real sizes.
 *
 * <p>Weights are normal with standard deviation 0.02 (Marian's {@code init_std}), biases zero and
 * layer-norm gains one. Each tensor draws from its own generator seeded by the seed and the tensor's
 * name, so a file is the same on every machine. The file is streamed, never held in memory.
 */
public final class RandomCheckpoint {
    private static final float STD = 0.02f;
    private static final int CHUNK_FLOATS = 1 << 20;
    private static final List<String> TOKENIZER_FILES = List.of("source.spm", "target.spm", "vocab.json",
            "tokenizer_config.json");

    /**
     * The dimensions of a Marian model.
     *
     * @param layers encoder and decoder depth (each)
     * @param dModel hidden size
     * @param heads attention heads
     * @param ffn feed-forward width
     * @param vocab vocabulary size, shared by source, target and output projection
     */
    public record Shape(int layers, int dModel, int heads, int ffn, int vocab) {
        /** The shape of the OPUS-MT models (transformer-base): 6+6 layers, 512 wide, 8 heads, FFN 2048. */
        public static final Shape OPUS_MT = new Shape(6, 512, 8, 2048, 65_001);

        /** Parameters of the model, the shared embedding counted once. */
        public long parameters() {
            long perAttention = 4L * dModel * dModel + 4L * dModel + 2L * dModel;
            long feedForward = 2L * dModel * ffn + ffn + dModel + 2L * dModel;
            return (long) vocab * dModel + vocab + layers * (perAttention + feedForward)
                    + layers * (2 * perAttention + feedForward);
        }
    }

    private RandomCheckpoint() {
    }

    /**
     * Writes {@code config.json}, {@code generation_config.json}, {@code model.safetensors} and the
     * tokenizer files of {@code tokenizerSource} into {@code folder}.
     *
     * @param tokenizerSource a Marian checkpoint whose vocabulary has {@code shape.vocab()} entries
     * @return the folder
     */
    public static Path write(Path folder, Shape shape, long seed, Path tokenizerSource) throws IOException {
        // Written beside and moved in whole: a run killed while writing 310 MB leaves no half
        // checkpoint for the next run to reuse.
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        deleteFolder(partial);
        Files.createDirectories(partial);
        for (String name : TOKENIZER_FILES) {
            Path file = tokenizerSource.resolve(name);
            if (Files.exists(file)) {
                Files.copy(file, partial.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Gson gson = new GsonBuilder().setPrettyPrinting().create();
        Files.writeString(partial.resolve("config.json"), gson.toJson(config(shape)));
        Files.writeString(partial.resolve("generation_config.json"), gson.toJson(generationConfig(shape)));
        writeWeights(partial.resolve("model.safetensors"), tensors(shape), seed);
        deleteFolder(folder);
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        return folder;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Map<String, Object> config(Shape shape) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("architectures", List.of("MarianMTModel"));
        config.put("model_type", "marian");
        config.put("activation_function", "swish");
        config.put("d_model", shape.dModel());
        config.put("encoder_layers", shape.layers());
        config.put("decoder_layers", shape.layers());
        config.put("encoder_attention_heads", shape.heads());
        config.put("decoder_attention_heads", shape.heads());
        config.put("encoder_ffn_dim", shape.ffn());
        config.put("decoder_ffn_dim", shape.ffn());
        config.put("vocab_size", shape.vocab());
        config.put("decoder_vocab_size", shape.vocab());
        config.put("max_position_embeddings", 512);
        config.put("scale_embedding", true);
        config.put("share_encoder_decoder_embeddings", true);
        config.put("tie_word_embeddings", true);
        config.put("static_position_embeddings", true);
        config.put("init_std", STD);
        config.put("bos_token_id", 0);
        config.put("eos_token_id", 0);
        config.put("forced_eos_token_id", 0);
        config.put("pad_token_id", shape.vocab() - 1);
        config.put("decoder_start_token_id", shape.vocab() - 1);
        config.put("is_encoder_decoder", true);
        config.put("dtype", "float32");
        return config;
    }

    private static Map<String, Object> generationConfig(Shape shape) {
        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("bad_words_ids", List.of(List.of(shape.vocab() - 1)));
        generation.put("decoder_start_token_id", shape.vocab() - 1);
        generation.put("early_stopping", false);
        generation.put("eos_token_id", 0);
        generation.put("forced_eos_token_id", 0);
        generation.put("length_penalty", 1.0);
        generation.put("max_length", 512);
        generation.put("num_beams", 4);
        generation.put("pad_token_id", shape.vocab() - 1);
        return generation;
    }

    /** Tensor names and shapes as HuggingFace saves a MarianMTModel (tied embeddings stored once). */
    private static Map<String, long[]> tensors(Shape shape) {
        Map<String, long[]> tensors = new LinkedHashMap<>();
        tensors.put("final_logits_bias", new long[] {1, shape.vocab()});
        tensors.put("model.shared.weight", new long[] {shape.vocab(), shape.dModel()});
        for (int i = 0; i < shape.layers(); i++) {
            layer(tensors, shape, "model.encoder.layers." + i, List.of("self_attn"));
        }
        for (int i = 0; i < shape.layers(); i++) {
            layer(tensors, shape, "model.decoder.layers." + i, List.of("self_attn", "encoder_attn"));
        }
        return tensors;
    }

    private static void layer(Map<String, long[]> tensors, Shape shape, String prefix, List<String> attentions) {
        long d = shape.dModel();
        for (String attention : attentions) {
            for (String projection : List.of("q_proj", "k_proj", "v_proj", "out_proj")) {
                tensors.put(prefix + "." + attention + "." + projection + ".weight", new long[] {d, d});
                tensors.put(prefix + "." + attention + "." + projection + ".bias", new long[] {d});
            }
            tensors.put(prefix + "." + attention + "_layer_norm.weight", new long[] {d});
            tensors.put(prefix + "." + attention + "_layer_norm.bias", new long[] {d});
        }
        tensors.put(prefix + ".fc1.weight", new long[] {shape.ffn(), d});
        tensors.put(prefix + ".fc1.bias", new long[] {shape.ffn()});
        tensors.put(prefix + ".fc2.weight", new long[] {d, shape.ffn()});
        tensors.put(prefix + ".fc2.bias", new long[] {d});
        tensors.put(prefix + ".final_layer_norm.weight", new long[] {d});
        tensors.put(prefix + ".final_layer_norm.bias", new long[] {d});
    }

    private static void writeWeights(Path file, Map<String, long[]> tensors, long seed) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("__metadata__", Map.of("format", "pt", "generator", "rendition RandomCheckpoint seed " + seed));
        long offset = 0;
        for (Map.Entry<String, long[]> entry : tensors.entrySet()) {
            long bytes = 4 * count(entry.getValue());
            header.put(entry.getKey(), Map.of("dtype", "F32", "shape", entry.getValue(),
                    "data_offsets", new long[] {offset, offset + bytes}));
            offset += bytes;
        }
        StringBuilder json = new StringBuilder(new Gson().toJson(header));
        // The data section starts 8-byte aligned, as the safetensors writer pads it.
        while ((8 + json.length()) % 8 != 0) {
            json.append(' ');
        }
        byte[] headerBytes = json.toString().getBytes(StandardCharsets.UTF_8);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer prefix = ByteBuffer.allocate(8 + headerBytes.length).order(ByteOrder.LITTLE_ENDIAN);
            prefix.putLong(headerBytes.length).put(headerBytes).flip();
            writeFully(out, prefix);
            ByteBuffer chunk = ByteBuffer.allocateDirect(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
            for (Map.Entry<String, long[]> entry : tensors.entrySet()) {
                writeTensor(out, chunk, entry.getKey(), count(entry.getValue()), seed);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeTensor(FileChannel out, ByteBuffer chunk, String name, long count, long seed)
            throws IOException {
        boolean gain = name.endsWith("layer_norm.weight");
        boolean zero = name.endsWith(".bias") || name.equals("final_logits_bias");
        SplittableRandom random = new SplittableRandom(seed * 31 + name.hashCode());
        for (long written = 0; written < count; ) {
            int n = (int) Math.min(CHUNK_FLOATS, count - written);
            chunk.clear();
            for (int i = 0; i < n; i++) {
                chunk.putFloat(gain ? 1f : zero ? 0f : STD * (float) random.nextGaussian());
            }
            chunk.flip();
            writeFully(out, chunk);
            written += n;
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static long count(long[] shape) {
        long count = 1;
        for (long dim : shape) {
            count *= dim;
        }
        return count;
    }
}
