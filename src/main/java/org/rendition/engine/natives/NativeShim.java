package org.rendition.engine.natives;

import ai.djl.pytorch.jni.LibUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads one of the small libraries built with Rendition (src/main/native) from the jar. Most work
 * by being loaded before libtorch, so each is loaded at most once, before DJL's first use; the
 * bfloat16 products are loaded after it, when a model asks for them.
 */
public final class NativeShim {
    private NativeShim() {
    }

    /** libtorch_cpu.so as DJL loaded it: the library the project's own products and kernels bind to. */
    public static Path libtorchCpu() {
        Path libtorch = Path.of(LibUtils.getLibtorchPath());
        Path cpu = Files.isDirectory(libtorch) ? libtorch.resolve("libtorch_cpu.so") : libtorch;
        return Files.exists(cpu) ? cpu : libtorch.resolveSibling("libtorch_cpu.so");
    }

    /** True when the jar carries {@code resource} (it does not where the build had no C compiler). */
    public static boolean bundled(String resource) {
        return NativeShim.class.getResource(resource) != null;
    }

    /**
     * Copies {@code resource} to a temporary file and loads it.
     *
     * @throws IOException when the jar lacks it or no folder lets it be written
     * @throws UnsatisfiedLinkError when no copy could be loaded
     */
    public static void load(String resource, String prefix) throws IOException {
        byte[] library;
        try (InputStream in = NativeShim.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("this build has no " + resource + " (gcc was missing when it was built)");
            }
            library = in.readAllBytes();
        }
        UnsatisfiedLinkError last = null;
        // The temporary folder may be mounted noexec; the user's cache folder is the fallback.
        for (Path folder : new Path[] {Path.of(System.getProperty("java.io.tmpdir")),
                Path.of(System.getProperty("user.home"), ".cache", "rendition")}) {
            Path copy = null;
            try {
                Files.createDirectories(folder);
                copy = Files.createTempFile(folder, prefix, ".so");
                Files.write(copy, library);
                System.load(copy.toString());
                return;
            } catch (UnsatisfiedLinkError e) {
                last = e;
            } finally {
                if (copy != null) {
                    // Once loaded, the mapping stays; the file is not needed.
                    Files.deleteIfExists(copy);
                }
            }
        }
        throw last;
    }
}
