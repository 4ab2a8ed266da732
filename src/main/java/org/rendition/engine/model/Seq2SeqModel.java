package org.rendition.engine.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Marian or M2M100/NLLB encoder-decoder transformer whose forward pass runs on DJL NDArrays on
 * the PyTorch engine, with weights read straight from {@code model.safetensors}.
 *
 * <p>Why NDArrays and not TorchScript: a TorchScript export needs Python and {@code transformers}
 * on a connected machine for every model, while administrators carry plain HuggingFace folders;
 * writing the (small) BART-family forward pass here lets any such folder load as it is, and gives
 * us the key/value cache and beam bookkeeping we need for exact parity with the reference.
 *
 * <p>One instance owns its weights; it is safe to share between threads as long as each decoding
 * run uses its own managers (the weights are only read).
 */
public final class Seq2SeqModel implements AutoCloseable {
    private final NDManager manager;
    private final ModelConfig config;
    private final NDArray sourceEmbeddings;
    private final NDArray targetEmbeddings;
    private final NDArray outputProjection;
    private final NDArray logitsBias;
    private final float embedScale;
    private final PositionTable positions;
    private final List<EncoderLayer> encoderLayers = new ArrayList<>();
    private final List<DecoderLayer> decoderLayers = new ArrayList<>();
    private final Norm encoderNorm;
    private final Norm decoderNorm;

    private Seq2SeqModel(NDManager manager, ModelConfig config, Weights weights) throws IOException {
        this.manager = manager;
        this.config = config;
        Activation activation = Activation.parse(config.activation());
        NDArray shared = weights.find("model.shared.weight")
                .or(() -> weights.find("model.encoder.embed_tokens.weight"))
                .orElseGet(() -> weights.require("model.shared.weight"));
        this.sourceEmbeddings = shared;
        this.targetEmbeddings = weights.find("model.decoder.embed_tokens.weight").orElse(shared);
        this.outputProjection = weights.find("lm_head.weight").orElse(targetEmbeddings);
        this.logitsBias = weights.find("final_logits_bias").orElse(null);
        this.embedScale = config.scaleEmbedding() ? (float) Math.sqrt(config.dModel()) : 1f;
        this.positions = config.architecture() == Architecture.MARIAN
                ? PositionTable.marian(manager, config.maxPositions(), config.dModel())
                : PositionTable.fairseq(manager, config.maxPositions(), config.dModel(), config.padId());
        for (int i = 0; i < config.encoderLayers(); i++) {
            encoderLayers.add(new EncoderLayer(weights, "model.encoder.layers." + i, config, activation));
        }
        for (int i = 0; i < config.decoderLayers(); i++) {
            decoderLayers.add(new DecoderLayer(weights, "model.decoder.layers." + i, config, activation));
        }
        boolean preNorm = config.architecture().preNorm();
        this.encoderNorm = preNorm ? Norm.from(weights, "model.encoder.layer_norm") : null;
        this.decoderNorm = preNorm ? Norm.from(weights, "model.decoder.layer_norm") : null;
    }

    /** Loads {@code model.safetensors} of a checkpoint folder onto the CPU PyTorch engine. */
    public static Seq2SeqModel load(Path checkpoint, ModelConfig config) throws IOException {
        NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
        try {
            Path file = checkpoint.resolve("model.safetensors");
            Weights weights = new Weights(Safetensors.load(file, manager), file.getFileName().toString());
            return new Seq2SeqModel(manager, config, weights);
        } catch (IOException | RuntimeException e) {
            manager.close();
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
    }

    public ModelConfig config() {
        return config;
    }

    /** Longest source, in tokens, that the position table covers. */
    public int maxSourceTokens() {
        return (int) positions.size();
    }

    /** A manager for one decoding run; closing it frees everything the run allocated. */
    public NDManager newRunManager() {
        return manager.newSubManager();
    }

    /** Encodes token-id sentences (each ending with end-of-sentence), padded to the longest. */
    public SourceBatch encode(NDManager run, List<int[]> sentences) {
        int batch = sentences.size();
        int width = sentences.stream().mapToInt(s -> s.length).max().orElse(1);
        long[] ids = new long[batch * width];
        long[] positionRows = new long[batch * width];
        float[] bias = new float[batch * width];
        for (int b = 0; b < batch; b++) {
            int[] sentence = sentences.get(b);
            for (int t = 0; t < width; t++) {
                int at = b * width + t;
                boolean real = t < sentence.length;
                ids[at] = real ? sentence[t] : config.padId();
                positionRows[at] = real ? positions.position(t) : positions.paddingPosition(t);
                // Padding must get no attention; the most negative float keeps softmax finite.
                bias[at] = real ? 0f : -Float.MAX_VALUE;
            }
        }
        NDArray tokens = run.create(ids, new Shape(batch, width));
        NDArray x = embed(tokens, sourceEmbeddings).add(positions.lookup(run.create(positionRows,
                new Shape(batch, width))));
        NDArray maskBias = run.create(bias, new Shape(batch, 1, 1, width));
        for (EncoderLayer layer : encoderLayers) {
            x = layer.forward(x, maskBias);
        }
        if (encoderNorm != null) {
            x = encoderNorm.apply(x);
        }
        return new SourceBatch(x, maskBias, batch);
    }

    /** Prepares decoding of every source sentence in {@code beams} rows each. */
    public DecoderState startDecoding(NDManager run, SourceBatch source, int beams) {
        NDArray[] keys = new NDArray[decoderLayers.size()];
        NDArray[] values = new NDArray[decoderLayers.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = expand(decoderLayers.get(i).sourceKeys(source.hidden()), beams);
            values[i] = expand(decoderLayers.get(i).sourceValues(source.hidden()), beams);
        }
        return new DecoderState(run, keys, values, expand(source.maskBias(), beams), source.size() * beams);
    }

    /**
     * Feeds one token per row and returns the next-token logits, (rows, vocabulary), created in
     * {@code scratch}. The state's cache grows by one position.
     */
    public NDArray step(DecoderState state, long[] tokens, NDManager scratch) {
        int rows = state.rows();
        NDArray x = embed(scratch.create(tokens, new Shape(rows, 1)), targetEmbeddings)
                .add(positions.lookup(scratch.create(new long[] {positions.position(state.length())})));
        for (int i = 0; i < decoderLayers.size(); i++) {
            x = decoderLayers.get(i).step(x, state.past(i), state.sourceKeys(i), state.sourceValues(i),
                    state.sourceMask());
        }
        if (decoderNorm != null) {
            x = decoderNorm.apply(x);
        }
        NDArray logits = VocabularyProjection.logits(x.reshape(rows, config.dModel()), outputProjection);
        if (logitsBias != null) {
            logits = logits.add(logitsBias);
        }
        state.advance();
        return logits;
    }

    private NDArray embed(NDArray tokens, NDArray table) {
        NDArray embedded = Embedding.embedding(tokens, table, SparseFormat.DENSE).singletonOrThrow();
        return embedScale == 1f ? embedded : embedded.mul(embedScale);
    }

    private static NDArray expand(NDArray perSentence, int beams) {
        return beams == 1 ? perSentence : perSentence.repeat(0, beams);
    }

    @Override
    public void close() {
        manager.close();
    }
}
