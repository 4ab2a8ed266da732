package org.rendition.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.rendition.engine.natives.NativeShim;

/**
 * Lets PyTorch's matrix library (Intel MKL) use AVX2/AVX-512 kernels on AMD processors. MKL picks
 * slow generic kernels on any processor not made by Intel; a small library built with Rendition
 * (src/main/native) answers MKL's vendor question before libtorch is loaded. On this project's AMD
 * machines it doubles batch-1 decoding speed (docs/benchmarks.md). Nothing changes on Intel.
 * Turn it off with {@code -Drendition.mkl.vendorCheck=keep} or {@code RENDITION_MKL_VENDOR_CHECK=keep}.
 */
public final class MklOnAmd {
    static final String RESOURCE = "/native/linux-x86_64/libmkl_vendor_shim.so";
    private static String outcome;

    private MklOnAmd() {
    }

    /**
     * Loads the answer once, if this is Linux on an AMD x86-64 processor and nobody turned it off.
     * Must run before DJL loads libtorch; later it has no effect.
     *
     * @return what happened, in words, for {@code doctor} and the benchmark
     */
    public static synchronized String applyOnce() {
        if (outcome == null) {
            outcome = apply();
        }
        return outcome;
    }

    /** True when MKL was told it may use the processor's vector kernels. */
    public static boolean applied() {
        return applyOnce().startsWith("applied");
    }

    private static String apply() {
        Optional<String> skipped = reasonToSkip(
                System.getProperty("rendition.mkl.vendorCheck", System.getenv("RENDITION_MKL_VENDOR_CHECK")),
                System.getProperty("os.name", ""), System.getProperty("os.arch", ""), cpuVendor());
        if (skipped.isPresent()) {
            return skipped.get();
        }
        try {
            NativeShim.load(RESOURCE, "rendition-mkl-");
            return "applied: MKL uses the processor's AVX2/AVX-512 kernels on this AMD processor";
        } catch (IOException | UnsatisfiedLinkError e) {
            return "unavailable: " + e.getMessage();
        }
    }

    /** Why the answer is not loaded on this machine, or empty when it should be. */
    static Optional<String> reasonToSkip(String setting, String osName, String arch, String vendor) {
        if ("keep".equalsIgnoreCase(setting)) {
            return Optional.of("off: MKL's own vendor check is kept (rendition.mkl.vendorCheck=keep)");
        }
        if (!osName.toLowerCase(Locale.ROOT).contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return Optional.of("not needed: not Linux on x86-64");
        }
        if (!vendor.equals("AuthenticAMD") && !vendor.equals("HygonGenuine")) {
            return Optional.of("not needed: the processor is " + (vendor.isEmpty() ? "of unknown make" : vendor));
        }
        return Optional.empty();
    }

    static String cpuVendor() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("vendor_id")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: treat as unknown
        }
        return "";
    }
}
