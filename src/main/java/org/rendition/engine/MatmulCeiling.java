package org.rendition.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rendition.engine.model.Precision;
import org.rendition.engine.model.PrecisionProduct;

/**
 * The machine's ceiling for decoding: how fast the PyTorch library the engine uses runs the matrix
 * multiplications of one decoder step and nothing else. Per decoder layer: the query, key, value
 * and output projections of self-attention, the query and output projections of attention over
 * the source (its keys and values are computed once per sentence), the two feed-forward layers;
 * then the projection to the vocabulary. Attention scores themselves are left out: at these lengths
 * they are a small fraction of the work, and leaving them out keeps the ceiling an upper bound.
 * The vocabulary projection is timed in both forms the library offers (h·Wᵀ and W·hᵀ, whose
 * speeds differ by up to 3× at some row counts) and the faster one counts. At {@link Precision#BF16}
 * every product is the engine's bfloat16 product, so the ceiling is the one that engine can reach.
 */
public final class MatmulCeiling {
    private MatmulCeiling() {
    }

    /**
     * The shapes of one decoder step.
     *
     * @param rows sentences times beams decoded together
     * @param dModel hidden size
     * @param ffn feed-forward width
     * @param layers decoder layers
     * @param vocab rows of the output projection
     */
    public record StepShape(int rows, int dModel, int ffn, int layers, int vocab) {
        /** Floating-point operations (multiply and add counted apart) of one step's projections. */
        public double flops() {
            double perRow = layers * (6.0 * dModel * dModel + 2.0 * dModel * ffn) + (double) dModel * vocab;
            return 2.0 * rows * perRow;
        }

        /** The part of {@link #flops} that projects onto the vocabulary, which a forced token's step skips. */
        public double vocabularyFlops() {
            return 2.0 * rows * dModel * (double) vocab;
        }
    }

    /**
     * Result of a measurement.
     *
     * @param secondsPerStep wall-clock time of the fastest of the timed repetitions
     * @param gflops achieved rate of that repetition, in 10⁹ floating-point operations per second
     * @param cpuGflops the rate per second of this thread's CPU time (fastest repetition): with one
     *     PyTorch thread the work runs on the calling thread, so this rate does not depend on what
     *     else the machine is doing
     */
    public record Result(double secondsPerStep, double gflops, double cpuGflops) {
    }

    /** Times the step's projections {@code repetitions} times in each form after a warm-up and keeps the fastest. */
    public static Result measure(StepShape shape, int repetitions) {
        try (Weights weights = Weights.create(shape, Precision.FP32)) {
            return weights.measure(shape.rows(), repetitions);
        }
    }

    /**
     * The random weights of one step's projections, made once and timed at any number of rows: a
     * benchmark measures the ceiling before every round, and drawing 54M random numbers (217 MB)
     * each time cost more than the timing itself and churned the allocator.
     */
    public static final class Weights implements AutoCloseable {
        private final StepShape shape;
        private final NDManager manager;
        private final Precision precision;
        private final List<PrecisionProduct[]> layers = new ArrayList<>();
        private final NDArray vocabulary;
        private final PrecisionProduct vocabularyProduct;

        private Weights(StepShape shape, NDManager manager, Precision precision) {
            this.shape = shape;
            this.manager = manager;
            this.precision = precision;
            long d = shape.dModel();
            NDArray biasD = manager.zeros(new Shape(d));
            NDArray biasF = manager.zeros(new Shape(shape.ffn()));
            for (int i = 0; i < shape.layers(); i++) {
                PrecisionProduct[] products = new PrecisionProduct[8];
                for (int p = 0; p < 6; p++) {
                    products[p] = product(weight(manager, d, d), biasD);
                }
                products[6] = product(weight(manager, shape.ffn(), d), biasF);
                products[7] = product(weight(manager, d, shape.ffn()), biasD);
                layers.add(products);
            }
            this.vocabulary = weight(manager, shape.vocab(), d);
            this.vocabularyProduct = product(vocabulary, null);
        }

        private PrecisionProduct product(NDArray weight, NDArray bias) {
            return PrecisionProduct.of(weight, bias, precision);
        }

        /**
         * Weights for steps of this shape (its row count is given to each {@link #measure}), multiplied
         * at {@code precision}.
         *
         * @throws IllegalStateException when bfloat16 is asked for and cannot run here
         */
        public static Weights create(StepShape shape, Precision precision) {
            OfflineMode.enforce();
            NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
            try {
                return new Weights(shape, manager, precision);
            } catch (RuntimeException e) {
                manager.close();
                throw e;
            }
        }

        /** Times one step's projections at {@code rows} rows, in each form, and keeps the fastest. */
        public Result measure(int rows, int repetitions) {
            StepShape step = new StepShape(rows, shape.dModel(), shape.ffn(), shape.layers(), shape.vocab());
            long d = shape.dModel();
            try (NDManager inputs = manager.newSubManager()) {
                NDArray input = inputs.randomNormal(0, 1, new Shape(rows, 1, d), DataType.FLOAT32);
                double[] seconds = new double[2 * repetitions];
                double[] cpuSeconds = new double[2 * repetitions];
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                for (int r = -2; r < 2 * repetitions; r++) {
                    boolean tall = r % 2 != 0;
                    try (NDManager scratch = inputs.newSubManager()) {
                        NDArray x = input;
                        long start = System.nanoTime();
                        long cpuStart = cpu.getCurrentThreadCpuTime();
                        for (PrecisionProduct[] w : layers) {
                            for (int p = 0; p < 6; p++) {
                                x = linear(x, w[p], scratch);
                            }
                            x = linear(linear(x, w[6], scratch), w[7], scratch);
                        }
                        NDArray hidden = x.reshape(rows, d);
                        // bfloat16 products have one form only.
                        NDArray logits = tall && precision == Precision.FP32 ? vocabulary.matMul(hidden.transpose())
                                : vocabularyProduct.apply(hidden);
                        logits.attach(scratch);
                        // Reading one value waits for the computation, as the engine's next-token read does.
                        logits.getFloat(0, 0);
                        if (r >= 0) {
                            seconds[r] = (System.nanoTime() - start) / 1e9;
                            cpuSeconds[r] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                        }
                    }
                }
                double best = Arrays.stream(seconds).min().orElse(Double.NaN);
                double bestCpu = Arrays.stream(cpuSeconds).min().orElse(Double.NaN);
                return new Result(best, step.flops() / best / 1e9, step.flops() / bestCpu / 1e9);
            }
        }

        @Override
        public void close() {
            layers.forEach(products -> Arrays.stream(products).forEach(PrecisionProduct::close));
            vocabularyProduct.close();
            manager.close();
        }
    }

    private static NDArray linear(NDArray x, PrecisionProduct product, NDManager scratch) {
        NDArray out = product.apply(x);
        out.attach(scratch);
        return out;
    }

    private static NDArray weight(NDManager manager, long out, long in) {
        return manager.randomNormal(0, 0.02f, new Shape(out, in), DataType.FLOAT32);
    }
}
