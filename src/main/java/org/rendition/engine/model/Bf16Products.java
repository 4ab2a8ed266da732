package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.rendition.engine.natives.NativeShim;

/**
 * Matrix products with bfloat16 weights and inputs and float32 output, for {@link Precision#BF16}.
 *
 * <p>DJL 0.35's PyTorch JNI cannot hold a bfloat16 tensor (its dtype table has no entry for it;
 * {@code toType(BFLOAT16)} ends the process), so the products go through a small library of our own
 * (src/main/native/bf16_products.c) that finds its products in the libtorch DJL has loaded: PyTorch's
 * own bfloat16 micro-kernel on weights packed once for AMX tiles, or else MKL's
 * {@code cblas_gemm_bf16bf16f32}; the same OpenMP threads as every other product. Tensors stay DJL's: the library reads the float32 input and
 * writes the float32 output through their memory, no copies.
 */
final class Bf16Products {
    static final String RESOURCE = "/native/linux-x86_64/libbf16_products.so";
    private static Optional<String> unavailable;

    private Bf16Products() {
    }

    /** Why bfloat16 products cannot run here, or empty when they can; binds the library on first call. */
    static synchronized Optional<String> unavailable() {
        if (unavailable == null) {
            unavailable = bindOnce();
        }
        return unavailable;
    }

    private static Optional<String> bindOnce() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return Optional.of("bfloat16 products are built for Linux on x86-64 only");
        }
        Optional<String> instructions = bf16Instructions(Path.of("/proc/cpuinfo"));
        if (instructions.isPresent()) {
            return instructions;
        }
        try {
            NativeShim.load(RESOURCE, "rendition-bf16-");
            // DJL has loaded libtorch by now (the model's weights are its tensors).
            return Optional.ofNullable(bind(NativeShim.libtorchCpu().toString()));
        } catch (IOException | UnsatisfiedLinkError | RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Why this processor cannot multiply bfloat16 itself, or empty when it can (AMX or AVX-512
     * BF16 in its flags). Without them MKL emulates the products more slowly than float32, so a
     * pack declared bf16 runs float32 instead (decision 0028).
     */
    static Optional<String> bf16Instructions(Path cpuinfo) {
        try (java.util.stream.Stream<String> lines = Files.lines(cpuinfo)) {
            Optional<String> flags = lines.filter(line -> line.startsWith("flags")).findFirst();
            if (flags.isEmpty()) {
                return Optional.empty(); // not Linux's usual layout: let the library decide
            }
            java.util.Set<String> has = java.util.Set.of(flags.get().substring(flags.get().indexOf(':') + 1).trim()
                    .split("\\s+"));
            return has.contains("amx_bf16") || has.contains("avx512_bf16") ? Optional.empty()
                    : Optional.of("this processor has no bfloat16 instructions (AMX or AVX-512 BF16)");
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** A weight matrix (outputs × inputs, float32) rounded to bfloat16 and kept in native memory. */
    static final class Matrix implements AutoCloseable {
        private final long address;
        private final int outputs;
        private final int inputs;
        private boolean closed;

        private Matrix(long address, int outputs, int inputs) {
            this.address = address;
            this.outputs = outputs;
            this.inputs = inputs;
        }

        /** The native matrix, for the step kernels' whole decoding step (decision 0032). */
        long address() {
            return address;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(address);
            }
        }
    }

    /** Rounds {@code weight} (outputs × inputs) to bfloat16. */
    static Matrix convert(NDArray weight) {
        Shape shape = weight.getShape();
        if (shape.dimension() != 2 || weight.getDataType() != DataType.FLOAT32) {
            throw new IllegalArgumentException("A float32 matrix is needed, not " + shape + " " + weight.getDataType());
        }
        long address = convert(weight.toByteBuffer(true), (int) shape.get(0), (int) shape.get(1));
        if (address == 0) {
            throw new UncheckedIOException(new IOException("Not enough memory for a bfloat16 copy of "
                    + weight.getName() + "; load the model at fp32."));
        }
        return new Matrix(address, (int) shape.get(0), (int) shape.get(1));
    }

    /**
     * {@code x·Wᵀ + bias} over the last dimension of {@code x}, in {@code x}'s manager.
     *
     * @param bias float32, one per output of {@code weight}, or null
     */
    static NDArray linear(NDArray x, Matrix weight, NDArray bias) {
        return linear(x, weight, bias, null);
    }

    /**
     * {@code activation(x·Wᵀ + bias)}: the activation is applied block by block inside the product,
     * on every thread; null for none.
     *
     * @throws IllegalArgumentException when the activation cannot be applied inside ({@link Activation#insideProducts})
     */
    static NDArray linear(NDArray x, Matrix weight, NDArray bias, Activation activation) {
        if (activation != null && !activation.insideProducts()) {
            throw new IllegalArgumentException(activation + " is not applied inside bfloat16 products.");
        }
        Shape shape = x.getShape();
        int inputs = (int) shape.get(shape.dimension() - 1);
        if (inputs != weight.inputs) {
            throw new IllegalArgumentException("Input width " + inputs + " does not match " + weight.inputs);
        }
        int rows = (int) (shape.size() / inputs);
        long[] dims = shape.getShape().clone();
        dims[dims.length - 1] = weight.outputs;
        NDArray out = x.getManager().create(new Shape(dims), DataType.FLOAT32);
        // A view that is not contiguous is copied here (into x's manager), as linear would.
        ByteBuffer input = x.toByteBuffer(true);
        if (linear(input, weight.address, bias == null ? null : bias.toByteBuffer(true), out.toByteBuffer(true), rows,
                inputs, weight.outputs, activation == null ? 0 : activation.productCode()) != 0) {
            throw new IllegalStateException("A bfloat16 product failed: no memory for its rounded input.");
        }
        return out;
    }

    /**
     * Products of the same {@code x} with several weights ({@code x·Wⱼᵀ + bⱼ}, a self-attention's
     * query, key and value) as one: the input rounded once and the weights' blocks shared out
     * together among the threads, where three products were three parallel regions.
     *
     * @param biases one per weight, each may be null
     */
    static NDArray[] linearAll(NDArray x, Matrix[] weights, NDArray[] biases) {
        Shape shape = x.getShape();
        int inputs = (int) shape.get(shape.dimension() - 1);
        int rows = (int) (shape.size() / inputs);
        NDArray[] outs = new NDArray[weights.length];
        long[] addresses = new long[weights.length];
        ByteBuffer[] biasBuffers = new ByteBuffer[weights.length];
        ByteBuffer[] outBuffers = new ByteBuffer[weights.length];
        for (int j = 0; j < weights.length; j++) {
            long[] dims = shape.getShape().clone();
            dims[dims.length - 1] = weights[j].outputs;
            outs[j] = x.getManager().create(new Shape(dims), DataType.FLOAT32);
            addresses[j] = weights[j].address;
            biasBuffers[j] = biases[j] == null ? null : biases[j].toByteBuffer(true);
            outBuffers[j] = outs[j].toByteBuffer(true);
        }
        int status = linearAll(x.toByteBuffer(true), addresses, biasBuffers, outBuffers, rows, inputs);
        if (status < 0) {
            throw new IllegalStateException("A bfloat16 product failed: no memory for its rounded input.");
        }
        if (status == 1) {
            for (int j = 0; j < weights.length; j++) {
                outs[j] = linear(x, weights[j], biases[j]);
            }
        }
        return outs;
    }

    private static native String bind(String libtorchCpu);

    private static native long convert(ByteBuffer values, int outputs, int inputs);

    /**
     * Whether weights are packed for PyTorch's own bfloat16 micro-kernel (AMX tiles) rather than
     * multiplied by MKL's product, which re-packs them on every call (bf16_products.c).
     */
    static native int packing();

    private static native void release(long matrix);

    /**
     * The address of the library's in-team product functions (bf16_team.h), which the step kernels
     * call inside their own team; 0 where weights are not packed for the micro-kernel.
     */
    static native long teamCalls();

    private static native int linear(ByteBuffer x, long weight, ByteBuffer bias, ByteBuffer out, int rows, int inputs,
            int outputs, int activation);

    private static native int linearAll(ByteBuffer x, long[] weights, ByteBuffer[] biases, ByteBuffer[] outs, int rows,
            int inputs);
}
