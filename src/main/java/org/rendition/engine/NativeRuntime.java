package org.rendition.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.natives.StepKernels;

/** Loads the PyTorch native library the way translation does, for the post-install self-check. */
public final class NativeRuntime {
    private NativeRuntime() {
    }

    /**
     * Loads libtorch from the bundled jars and runs one small computation.
     *
     * @return a description such as "PyTorch 2.7.1 on CPU, libtorch in /opt/rendition/lib/app/native/pytorch/..."
     */
    public static String check() {
        OfflineMode.enforce();
        Engine engine = Engine.getEngine("PyTorch");
        try (NDManager manager = engine.newBaseManager()) {
            NDArray product = manager.create(new float[] {1, 2, 3, 4}, new ai.djl.ndarray.types.Shape(2, 2))
                    .matMul(manager.eye(2));
            if (product.getFloat(1, 1) != 4f) {
                throw new IllegalStateException("PyTorch computed a wrong result");
            }
            checkKernelSizedProduct(manager);
        }
        return "PyTorch " + engine.getVersion() + " on " + engine.defaultDevice().getDeviceType().toUpperCase(java.util.Locale.ROOT)
                + ", libtorch in " + ai.djl.pytorch.jni.LibUtils.getLibtorchPath() + "; MKL kernels: "
                + MklOnAmd.applyOnce() + "; OpenMP wait: " + OpenMpWaitPolicy.applyOnce() + "; bf16 products: "
                + Seq2SeqModel.bf16Products() + "; step kernels: " + stepKernels();
    }

    /** Whether decoding steps run Rendition's own kernels here (decision 0031), and on which threads. */
    private static String stepKernels() {
        return StepKernels.unavailable().map(reason -> "off (" + reason + "): every operation runs in PyTorch")
                .orElseGet(() -> StepKernels.sharesThreads() ? "on, sharing PyTorch's threads"
                        : "on, on the calling thread (libtorch's OpenMP library not found)");
    }

    /**
     * A product big enough for MKL's vector kernels (the ones {@link MklOnAmd} enables), checked
     * against plain Java arithmetic: a wrong kernel would show here, not in a translation.
     */
    private static void checkKernelSizedProduct(NDManager manager) {
        int rows = 24;
        int inner = 512;
        int columns = 96;
        java.util.Random random = new java.util.Random(7);
        float[] a = new float[rows * inner];
        float[] b = new float[inner * columns];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat() - 0.5f;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextFloat() - 0.5f;
        }
        float[] product = manager.create(a, new ai.djl.ndarray.types.Shape(rows, inner))
                .matMul(manager.create(b, new ai.djl.ndarray.types.Shape(inner, columns))).toFloatArray();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double expected = 0;
                for (int k = 0; k < inner; k++) {
                    expected += (double) a[r * inner + k] * b[k * columns + c];
                }
                if (Math.abs(product[r * columns + c] - expected) > 1e-3) {
                    throw new IllegalStateException("PyTorch's matrix product is wrong at row " + r + ", column "
                            + c + ": " + product[r * columns + c] + " instead of " + expected);
                }
            }
        }
    }
}
