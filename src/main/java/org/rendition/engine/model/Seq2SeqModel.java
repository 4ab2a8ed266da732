package org.rendition.engine.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rendition.engine.natives.StepKernels;

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
    /**
     * Output rows projected onto the vocabulary at once when scoring: 64 rows of NLLB's 256,000
     * words are 64 MB, while fewer, larger products keep the per-call cost down on small models.
     */
    private static final int SCORING_ROWS = 64;

    private final NDManager manager;
    private final ModelConfig config;
    private final NDArray sourceEmbeddings;
    private final NDArray targetEmbeddings;
    private final NDArray outputProjection;
    /** The output projection's bfloat16 copy at {@link Precision#BF16}, else null. */
    private final Bf16Products.Matrix outputRounded;
    private final Precision precision;
    private final List<Bf16Products.Matrix> roundedCopies;
    private final NDArray logitsBias;
    private final float embedScale;
    private final PositionTable positions;
    private final List<EncoderLayer> encoderLayers = new ArrayList<>();
    private final List<DecoderLayer> decoderLayers = new ArrayList<>();
    private final Norm encoderNorm;
    private final Norm decoderNorm;
    private final StepDecoder stepDecoder;

    private Seq2SeqModel(NDManager manager, ModelConfig config, Weights weights, Precision precision,
            List<Bf16Products.Matrix> roundedCopies) throws IOException {
        this.manager = manager;
        this.config = config;
        this.precision = precision;
        this.roundedCopies = roundedCopies;
        Activation activation = Activation.parse(config.activation());
        NDArray shared = weights.find("model.shared.weight")
                .or(() -> weights.find("model.encoder.embed_tokens.weight"))
                .orElseGet(() -> weights.require("model.shared.weight"));
        this.sourceEmbeddings = shared;
        this.targetEmbeddings = weights.find("model.decoder.embed_tokens.weight").orElse(shared);
        this.outputProjection = weights.find("lm_head.weight").orElse(targetEmbeddings);
        this.outputRounded = weights.rounded(outputProjection);
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
        this.stepDecoder = new StepDecoder(decoderLayers, decoderNorm, config, precision == Precision.BF16);
    }

    /**
     * Loads {@code model.safetensors} of a checkpoint folder onto the CPU PyTorch engine, at the
     * precision {@code -Drendition.precision} chooses (float32 unless set).
     */
    public static Seq2SeqModel load(Path checkpoint, ModelConfig config) throws IOException {
        return load(checkpoint, config, Precision.fromSettings());
    }

    /**
     * Loads the checkpoint for products at {@code precision}; where bfloat16 products cannot run
     * here (see {@link #bf16Unavailable()}), it loads at float32.
     */
    public static Seq2SeqModel load(Path checkpoint, ModelConfig config, Precision precision) throws IOException {
        NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
        List<Bf16Products.Matrix> rounded = new ArrayList<>();
        try {
            Path file = checkpoint.resolve("model.safetensors");
            Map<String, NDArray> tensors = Safetensors.load(file, manager);
            Precision used = precision == Precision.BF16 && Bf16Products.unavailable().isPresent()
                    ? Precision.FP32 : precision;
            Weights weights = new Weights(tensors, file.getFileName().toString(), used, rounded);
            return new Seq2SeqModel(manager, config, weights, used, rounded);
        } catch (IOException | RuntimeException e) {
            rounded.forEach(Bf16Products.Matrix::close);
            manager.close();
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
    }

    /**
     * Why {@link Precision#BF16} cannot be used on this machine, or empty when it can. Asks the
     * libtorch DJL loaded, so call it once the PyTorch engine is loaded (after any model's load).
     */
    public static Optional<String> bf16Unavailable() {
        return Bf16Products.unavailable();
    }

    /**
     * How bfloat16 products would run here, in words, for {@code doctor}: on weights packed for AMX
     * tiles, through MKL, or not at all and why. Call it once the PyTorch engine is loaded.
     */
    public static String bf16Products() {
        return Bf16Products.unavailable().map(reason -> "unavailable (" + reason + "): packs run fp32")
                .orElseGet(() -> Bf16Products.packing() == 1 ? "on weights packed for AMX tiles"
                        : "through MKL (no AMX tiles here)");
    }

    /** The precision the products run at (float32 where bfloat16 was asked for but cannot run). */
    public Precision precision() {
        return precision;
    }

    public ModelConfig config() {
        return config;
    }

    /** Whether decoding steps run every layer in one native call (decision 0032). */
    boolean hasStepKernel() {
        return stepDecoder.hasWholeStep();
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
        return encode(run, sentences, StepKernels.available());
    }

    /** As above, with the step kernels or with PyTorch's operations alone (for comparing the two). */
    SourceBatch encode(NDManager run, List<int[]> sentences, boolean kernels) {
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
        if (kernels) {
            NDArray mask = maskBias.reshape(batch, width);
            int[] sentenceOf = new int[batch * width];
            for (int at = 0; at < sentenceOf.length; at++) {
                sentenceOf[at] = at / width;
            }
            for (EncoderLayer layer : encoderLayers) {
                x = layer.forwardWithKernels(x, mask, sentenceOf);
            }
        } else {
            for (EncoderLayer layer : encoderLayers) {
                x = layer.forward(x, maskBias);
            }
        }
        if (encoderNorm != null) {
            x = encoderNorm.apply(x);
        }
        return new SourceBatch(x, maskBias, batch);
    }

    /** Prepares decoding of every source sentence in {@code beams} rows each, over the whole vocabulary. */
    public DecoderState startDecoding(NDManager run, SourceBatch source, int beams) {
        return startDecoding(run, source, beams, OutputWords.all(config.vocabSize()));
    }

    /**
     * Prepares decoding of every source sentence in {@code beams} rows each, with logits over
     * {@code words} only: a subset's rows of the output projection (and its bias) are gathered here,
     * once for the run, and every step projects onto them alone (float32, whatever the precision:
     * the gathered matrix is a few thousand rows, where bfloat16 pays little).
     */
    public DecoderState startDecoding(NDManager run, SourceBatch source, int beams, OutputWords words) {
        return startDecoding(run, source, beams, words, StepKernels.available());
    }

    /** As above, with the step kernels or with PyTorch's operations alone (for comparing the two). */
    DecoderState startDecoding(NDManager run, SourceBatch source, int beams, OutputWords words, boolean kernels) {
        NDArray[] keys = new NDArray[decoderLayers.size()];
        NDArray[] values = new NDArray[decoderLayers.size()];
        for (int i = 0; i < keys.length; i++) {
            DecoderLayer layer = decoderLayers.get(i);
            keys[i] = kernels ? layer.sourceKeysByHead(source.hidden())
                    : expand(layer.sourceKeys(source.hidden()), beams);
            values[i] = kernels ? layer.sourceValuesByHead(source.hidden())
                    : expand(layer.sourceValues(source.hidden()), beams);
        }
        NDArray shortProjection = null;
        NDArray shortBias = null;
        if (!words.whole()) {
            NDIndex rows = new NDIndex("{}", run.create(words.rows()));
            shortProjection = outputProjection.get(rows);
            shortProjection.attach(run);
            if (logitsBias != null) {
                // Views and results belong to the model's manager: hand them to the run's.
                NDArray flat = logitsBias.reshape(-1);
                flat.attach(run);
                shortBias = flat.get(rows);
                shortBias.attach(run);
            }
        }
        NDArray mask = kernels ? source.maskBias().reshape(source.size(), -1) : expand(source.maskBias(), beams);
        return new DecoderState(run, keys, values, mask, source.size() * beams, kernels ? beams : 0,
                config.decoderHeads(), words, shortProjection, shortBias);
    }

    /**
     * Feeds one token per row and returns the next-token logits, (rows, the state's words), created
     * in {@code scratch}; the state's cache grows by one position. The searches take
     * {@link #decodeStep} and then {@link #bestWords} or {@link #logits}; this whole step is for
     * tests that compare the ways a step can run.
     */
    NDArray step(DecoderState state, long[] tokens, NDManager scratch) {
        return step(state, tokens, scratch, true);
    }

    /** As above; with {@code wholeStep} false, the step kernels run one layer operation at a time (for comparing). */
    NDArray step(DecoderState state, long[] tokens, NDManager scratch, boolean wholeStep) {
        return logits(state, decode(state, tokens, scratch, wholeStep));
    }

    /**
     * Feeds one token per row and returns the decoder's output, (rows, d), for {@link #logits} or
     * {@link #bestWords}; the state's cache grows by one position.
     */
    public NDArray decodeStep(DecoderState state, long[] tokens, NDManager scratch) {
        return decode(state, tokens, scratch, true);
    }

    /** The logits of decoder outputs {@code hidden} (rows, d) over the state's words, in its manager. */
    public NDArray logits(DecoderState state, NDArray hidden) {
        return state.shortProjection() != null
                ? VocabularyProjection.logits(hidden, state.shortProjection(), null, state.shortBias())
                : VocabularyProjection.logits(hidden, outputProjection, outputRounded, logitsBias);
    }

    /**
     * Each row's {@code n} best words and their log-probabilities over every word, found by the
     * vocabulary product itself block by block, the logits never written (decision 0032); the
     * {@code blocked} columns count in the normaliser but are never chosen. Empty where that cannot
     * run (a shortlist, float32 products, no whole-step kernel), and the caller takes the logits.
     */
    public Optional<RowWords> bestWords(DecoderState state, NDArray hidden, int[] blocked, int n) {
        if (!stepDecoder.hasWholeStep() || !state.withKernels() || state.shortProjection() != null
                || outputRounded == null || n > StepKernels.MOST_BEST) {
            return Optional.empty();
        }
        int rows = (int) hidden.getShape().get(0);
        float[] values = new float[rows * n];
        int[] columns = new int[rows * n];
        int status = StepKernels.vocabularyBest(outputRounded.address(),
                logitsBias == null ? null : logitsBias.toByteBuffer(true), hidden.toByteBuffer(true), rows,
                config.dModel(), blocked, n, values, columns);
        if (status == -2) {
            throw new IllegalStateException("The best words of a step could not be found: out of memory.");
        }
        return status == 0 ? Optional.of(new RowWords(values, columns)) : Optional.empty();
    }

    /** Each row's best words, best first: their log-probabilities and columns, row after row. */
    public record RowWords(float[] logProbs, int[] columns) {
    }

    /**
     * Feeds one token per row, as {@link #step} does, where the next token is already known (the
     * settings force it): the cache grows by one position and no logits are computed, which saves
     * the step's largest product (the vocabulary's).
     */
    public void feed(DecoderState state, long[] tokens, NDManager scratch) {
        decode(state, tokens, scratch, true);
    }

    /** Runs the decoder for one token per row: its output, (rows, d); the state's cache grows by one position. */
    private NDArray decode(DecoderState state, long[] tokens, NDManager scratch, boolean wholeStep) {
        int rows = state.rows();
        NDArray x = embed(scratch.create(tokens, new Shape(rows, 1)), targetEmbeddings)
                .add(positions.lookup(scratch.create(new long[] {positions.position(state.length())})));
        x = stepDecoder.run(x, state, wholeStep);
        state.advance();
        return x.reshape(rows, config.dModel());
    }

    /**
     * Scores known outputs of source sentences in one batched pass (teacher forcing), without
     * touching generation: how likely the model finds each output token, and where it looked in
     * the source while reading it.
     *
     * @param sources the source ids, as {@link #encode} takes them
     * @param fed for each source, the decoder's input: the decoder start token, then the output but
     *     its last token
     * @param expected for each source, the token expected after each fed token, as long as its fed
     */
    public List<ForcedScores> score(List<int[]> sources, List<int[]> fed, List<int[]> expected) {
        int batch = sources.size();
        int length = fed.stream().mapToInt(f -> f.length).max().orElse(0);
        for (int b = 0; b < batch; b++) {
            if (fed.get(b).length != expected.get(b).length || fed.get(b).length == 0) {
                throw new IllegalArgumentException("One expected token per fed token is needed.");
            }
        }
        if (batch == 0) {
            return List.of();
        }
        try (NDManager run = newRunManager()) {
            SourceBatch encoded = encode(run, sources);
            long[] ids = new long[batch * length];
            Arrays.fill(ids, config.padId());
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t < fed.get(b).length; t++) {
                    ids[b * length + t] = fed.get(b)[t];
                }
            }
            long[] rows = new long[length];
            // Padding comes last, so the causal mask alone keeps it out of every real position.
            float[] causal = new float[length * length];
            for (int t = 0; t < length; t++) {
                rows[t] = positions.position(t);
                for (int later = t + 1; later < length; later++) {
                    causal[t * length + later] = -Float.MAX_VALUE;
                }
            }
            NDArray x = embed(run.create(ids, new Shape(batch, length)), targetEmbeddings)
                    .add(positions.lookup(run.create(rows)));
            NDArray causalMask = run.create(causal, new Shape(1, 1, length, length));
            NDArray alignment = null;
            int alignmentLayer = alignmentLayer();
            for (int i = 0; i < decoderLayers.size(); i++) {
                DecoderLayer layer = decoderLayers.get(i);
                Attention.Attended out = layer.whole(x, causalMask, layer.sourceKeys(encoded.hidden()),
                        layer.sourceValues(encoded.hidden()), encoded.maskBias());
                x = out.output();
                if (i == alignmentLayer) {
                    alignment = out.weights();
                }
            }
            if (decoderNorm != null) {
                x = decoderNorm.apply(x);
            }
            int[] flatExpected = new int[batch * length];
            for (int b = 0; b < batch; b++) {
                System.arraycopy(expected.get(b), 0, flatExpected, b * length, expected.get(b).length);
            }
            float[] logProbs = expectedLogProbs(x.reshape((long) batch * length, config.dModel()), flatExpected);
            int width = (int) alignment.getShape().get(2);
            float[] weights = alignment.toFloatArray();
            List<ForcedScores> scores = new ArrayList<>();
            for (int b = 0; b < batch; b++) {
                int real = fed.get(b).length;
                int sourceLength = sources.get(b).length;
                float[][] attention = new float[real][];
                for (int t = 0; t < real; t++) {
                    int at = (b * length + t) * width;
                    attention[t] = Arrays.copyOfRange(weights, at, at + sourceLength);
                }
                scores.add(new ForcedScores(Arrays.copyOfRange(logProbs, b * length, b * length + real), attention));
            }
            return scores;
        }
    }

    /**
     * The penultimate decoder layer: its attention over the source follows word alignment best
     * (Garg et al., 2019); a one-layer decoder has only its last.
     */
    private int alignmentLayer() {
        return Math.max(0, decoderLayers.size() - 2);
    }

    /** Log-probability of each expected token, computed a few rows at a time to bound memory. */
    private float[] expectedLogProbs(NDArray hidden, int[] expected) {
        int vocabulary = config.vocabSize();
        float[] result = new float[expected.length];
        for (int from = 0; from < expected.length; from += SCORING_ROWS) {
            int to = Math.min(expected.length, from + SCORING_ROWS);
            try (NDManager chunk = hidden.getManager().newSubManager()) {
                NDArray rows = hidden.get(from + ":" + to);
                rows.attach(chunk);
                NDArray logits = VocabularyProjection.logits(rows, outputProjection, outputRounded, logitsBias);
                long[] flat = new long[to - from];
                for (int t = from; t < to; t++) {
                    flat[t - from] = (long) (t - from) * vocabulary + expected[t];
                }
                NDArray picked = logits.logSoftmax(1).reshape(-1).get(new NDIndex("{}", chunk.create(flat)));
                System.arraycopy(picked.toFloatArray(), 0, result, from, to - from);
            }
        }
        return result;
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
        stepDecoder.close();
        manager.close();
        roundedCopies.forEach(Bf16Products.Matrix::close);
    }
}
