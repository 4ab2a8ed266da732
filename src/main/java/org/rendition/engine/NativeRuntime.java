package org.rendition.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

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
        }
        return "PyTorch " + engine.getVersion() + " on " + engine.defaultDevice().getDeviceType().toUpperCase(java.util.Locale.ROOT)
                + ", libtorch in " + ai.djl.pytorch.jni.LibUtils.getLibtorchPath();
    }
}
