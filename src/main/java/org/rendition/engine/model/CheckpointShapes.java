package org.rendition.engine.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Checks that {@code model.safetensors} is the network {@code config.json} describes: the same
 * vocabulary and width, the number of layers it claims and no more, each projection of the size
 * the width gives. A pack assembled from two checkpoints, or a config edited to claim more than
 * the weights hold, is refused at import and named by {@code doctor}, rather than failing deep
 * inside a matrix product (or, worse, translating with layers silently left out).
 */
public final class CheckpointShapes {
    private CheckpointShapes() {
    }

    /**
     * @throws IOException naming the first tensor that disagrees with the configuration
     */
    public static void check(ModelConfig config, Path weights) throws IOException {
        Map<String, long[]> shapes = Safetensors.shapes(weights);
        int d = config.dModel();
        String embedding = shapes.containsKey("model.shared.weight") ? "model.shared.weight"
                : "model.encoder.embed_tokens.weight";
        expect(shapes, embedding, config.vocabSize(), d);
        for (int i = 0; i < config.encoderLayers(); i++) {
            String layer = "model.encoder.layers." + i;
            expect(shapes, layer + ".self_attn.q_proj.weight", d, d);
            expect(shapes, layer + ".self_attn.out_proj.weight", d, d);
            feedForward(shapes, layer, d);
        }
        for (int i = 0; i < config.decoderLayers(); i++) {
            String layer = "model.decoder.layers." + i;
            expect(shapes, layer + ".self_attn.q_proj.weight", d, d);
            expect(shapes, layer + ".encoder_attn.k_proj.weight", d, d);
            feedForward(shapes, layer, d);
        }
        beyond(shapes, "model.encoder.layers." + config.encoderLayers() + ".", "encoder_layers",
                config.encoderLayers());
        beyond(shapes, "model.decoder.layers." + config.decoderLayers() + ".", "decoder_layers",
                config.decoderLayers());
    }

    /** FFN up and down projections: whatever their inner width, they must meet the model's width. */
    private static void feedForward(Map<String, long[]> shapes, String layer, int d) throws IOException {
        long[] up = present(shapes, layer + ".fc1.weight");
        long[] down = present(shapes, layer + ".fc2.weight");
        if (up.length != 2 || down.length != 2 || up[1] != d || down[0] != d || down[1] != up[0]) {
            throw mismatch(layer + ".fc1/fc2.weight", Arrays.toString(up) + " and " + Arrays.toString(down),
                    "[N, " + d + "] and [" + d + ", N]");
        }
    }

    private static void expect(Map<String, long[]> shapes, String name, long rows, long columns) throws IOException {
        long[] shape = present(shapes, name);
        if (shape.length != 2 || shape[0] != rows || shape[1] != columns) {
            throw mismatch(name, Arrays.toString(shape), "[" + rows + ", " + columns + "]");
        }
    }

    private static long[] present(Map<String, long[]> shapes, String name) throws IOException {
        long[] shape = shapes.get(name);
        if (shape == null) {
            throw new IOException("model.safetensors has no tensor " + name + ", which config.json's layer counts"
                    + " need: the weights and config.json come from different checkpoints.");
        }
        return shape;
    }

    private static void beyond(Map<String, long[]> shapes, String prefix, String field, int claimed)
            throws IOException {
        if (shapes.keySet().stream().anyMatch(name -> name.startsWith(prefix))) {
            throw new IOException("model.safetensors holds more layers than config.json's " + field + " ("
                    + claimed + "): the weights and config.json come from different checkpoints.");
        }
    }

    private static IOException mismatch(String name, String found, String expected) {
        return new IOException("model.safetensors does not match config.json: " + name + " is " + found
                + " where config.json's sizes give " + expected + "; the weights and config.json come from"
                + " different checkpoints.");
    }
}
