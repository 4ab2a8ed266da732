package org.rendition.engine.natives;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The decoding step's attention and its choice of best words, in Rendition's own small library
 * (src/main/native/step_kernels.c, decision 0031) instead of one PyTorch call per operation: perf
 * showed those calls at about half of a beam-4 × 16 step, against a quarter for its matrix products.
 *
 * <p>Buffers are direct views of float32 tensors' memory (DJL's {@code toByteBuffer(true)}), so no
 * tensor is copied. Where the library is missing (a build without a C compiler, another platform)
 * or switched off with {@code -Drendition.step.kernels=off}, decoding runs every operation in
 * PyTorch as before; the outputs are the same but for float32 rounding in the last bits.
 */
public final class StepKernels {
    static final String RESOURCE = "/native/linux-x86_64/libstep_kernels.so";
    /** Set to {@code off} to decode with PyTorch's operations alone, to compare the two. */
    public static final String SWITCH = "rendition.step.kernels";
    private static Optional<String> unavailable;
    private static boolean teamBound;

    private StepKernels() {
    }

    /** Whether decoding steps use the kernels; loads the library on first call. */
    public static boolean available() {
        return unavailable().isEmpty();
    }

    /** Why the kernels are not used here, or empty when they are. */
    public static synchronized Optional<String> unavailable() {
        if (unavailable == null) {
            unavailable = loadOnce();
        }
        return unavailable;
    }

    private static Optional<String> loadOnce() {
        if ("off".equalsIgnoreCase(System.getProperty(SWITCH, ""))) {
            return Optional.of("switched off with -D" + SWITCH + "=off");
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return Optional.of("the step kernels are built for Linux on x86-64 only");
        }
        try {
            NativeShim.load(RESOURCE, "rendition-step-");
            // The model's tensors come first, so libtorch is loaded: the kernels share its OpenMP threads.
            ai.djl.engine.Engine.getEngine("PyTorch");
            teamBound = bind(NativeShim.libtorchCpu().toString()) == 1;
            return Optional.empty();
        } catch (IOException | UnsatisfiedLinkError e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Whether the kernels share a batch's rows among PyTorch's OpenMP threads; if not (libtorch's
     * libgomp not found), they run on the calling thread.
     */
    public static synchronized boolean sharesThreads() {
        return available() && teamBound;
    }

    /** Binds the calling thread's OpenMP team from libtorch's libgomp; 1 when bound. */
    private static native int bind(String libtorchCpu);

    /**
     * For each row of {@code logits} (rows × words, float32): the log-probabilities of its {@code n}
     * best words, best first, as {@code log_softmax} over every word gives them, and their columns;
     * the {@code skip} columns count in the normaliser but are never chosen.
     *
     * @return 0, or negative when a buffer is not direct or memory ran out
     */
    public static native int rowBest(ByteBuffer logits, int rows, int words, int[] skip, int n, float[] values,
            int[] columns);

    /**
     * Attention of one new position per row over its cache. Row {@code r}'s keys and values for
     * its new position ({@code filled - 1}), in {@code stepKeys} and {@code stepValues}, are first
     * written into cache row {@code r}; position {@code p} of row {@code r} is then read from cache
     * row {@code origins[r * stride + p]} of {@code keys} and {@code values} (cache rows × heads ×
     * capacity × head width). {@code query}, {@code stepKeys}, {@code stepValues} and {@code out} are
     * (rows × width), heads side by side.
     *
     * @return 0, or negative when a buffer is not direct or memory ran out
     */
    public static native int attendCached(ByteBuffer query, ByteBuffer stepKeys, ByteBuffer stepValues,
            ByteBuffer keys, ByteBuffer values, int[] origins, int stride, int rows, int filled, int capacity, int width,
            int heads, float scale, ByteBuffer out);

    /**
     * Attention of one position per row over its sentence's source: {@code keys} are (sentences ×
     * heads × head width × length), transposed so that positions lie side by side, {@code values}
     * (sentences × heads × length × head width); row {@code r} reads sentence {@code sentenceOf[r]},
     * and {@code mask} (sentences × length) is added to the scores.
     *
     * @return 0, or negative when a buffer is not direct or memory ran out
     */
    public static native int attendSource(ByteBuffer query, ByteBuffer keys, ByteBuffer values, ByteBuffer mask,
            int[] sentenceOf, int rows, int length, int width, int heads, float scale, ByteBuffer out);

    /**
     * A residual connection and the layer normalisation after it, in one pass over each row:
     * {@code sum = x + a} (written when {@code sum} is not null) and {@code normed} its layer
     * normalisation with {@code gamma}, {@code beta} and {@code epsilon}; every buffer (rows × width).
     *
     * @return 0, or negative when a buffer is not direct
     */
    public static native int addNorm(ByteBuffer x, ByteBuffer a, ByteBuffer gamma, ByteBuffer beta, float epsilon,
            int rows, int width, ByteBuffer sum, ByteBuffer normed);

    /**
     * Hands the step kernels the bfloat16 products' in-team functions (an address from the products
     * library), so that {@link #decoderStep} can multiply inside its own team.
     *
     * @return 1 when accepted
     */
    public static native int useProducts(long calls);

    /**
     * A decoder layer's weights for {@link #decoderStep}: {@code matrices}, the bfloat16 products'
     * addresses of its query, key, value, self-attention output, source query, source output, and
     * feed-forward expansion and contraction; {@code vectors}, those eight biases then the gamma and
     * beta of its three layer norms (after self-attention, after source attention, after
     * feed-forward), direct buffers that must outlive the plan.
     *
     * @param activation the feed-forward's, as bf16_products.c numbers it (1 ReLU, 2 swish)
     * @param hidden the feed-forward's inner width
     * @return the plan, to be released with {@link #releasePlan}; 0 when a weight does not fit
     */
    public static native long layerPlan(long[] matrices, ByteBuffer[] vectors, int preNorm, int activation, int width,
            int hidden);

    public static native void releasePlan(long plan);

    /**
     * One decoding step through every decoder layer in one call and one OpenMP team (decision
     * 0032): {@code embedded} (rows × width) in, {@code out} (rows × width) the last layer's output,
     * normalised with {@code finalGamma} and {@code finalBeta} for pre-norm plans (else null). Per
     * layer, {@code cacheKeys}/{@code cacheValues} and {@code sourceKeys}/{@code sourceValues} are
     * laid out as {@link #attendCached} and {@link #attendSource} read them; each row's keys and
     * values for {@code position} are written into its cache row.
     *
     * @return 0, or negative when an argument is wrong, a buffer is not direct or memory ran out
     */
    public static native int decoderStep(long[] plans, ByteBuffer embedded, ByteBuffer finalGamma,
            ByteBuffer finalBeta, ByteBuffer out, ByteBuffer[] cacheKeys, ByteBuffer[] cacheValues, int capacity,
            int[] origins, int stride, int position, ByteBuffer[] sourceKeys, ByteBuffer[] sourceValues,
            ByteBuffer mask, int[] sentenceOf, int length, int rows, int width, int heads, int hidden, float scale);

    /** The most best words per row {@link #vocabularyBest} finds. */
    public static final int MOST_BEST = 32;

    /**
     * The vocabulary product {@code hidden·Wᵀ + bias} (W a packed bfloat16 matrix's address) with
     * each row's {@code n} best words found block by block as the product runs, as {@link #rowBest}
     * finds them from logits, without the logits being written: {@code values} get their
     * log-probabilities over every word, {@code columns} their columns; the {@code skip} columns
     * count in the normaliser but are never chosen. Needs {@link #useProducts}.
     *
     * @return 0, or negative when an argument is wrong, a buffer is not direct or memory ran out
     */
    public static native int vocabularyBest(long weight, ByteBuffer bias, ByteBuffer hidden, int rows, int inputs,
            int[] skip, int n, float[] values, int[] columns);
}
