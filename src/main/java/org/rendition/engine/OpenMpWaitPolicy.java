package org.rendition.engine;

import java.io.IOException;
import java.util.Optional;
import org.rendition.engine.natives.NativeShim;

/**
 * Puts libtorch's idle OpenMP workers to sleep instead of spinning (OMP_WAIT_POLICY=PASSIVE),
 * through a small library built with Rendition (src/main/native/openmp_passive_wait.c) that is
 * loaded before libtorch. On cores shared with other work, spinning workers slowed decoding
 * several times over and the first segment to many seconds (decision 0018). On a quiet machine
 * the opposite holds: sleeping workers add a wake-up to every operation, and the benchmark ran
 * 1.1-1.7 times faster with them spinning. So the policy applies only when the machine is busy
 * when the process starts (load average at or above the cores), or with
 * {@code -Drendition.openmp.wait=passive}. Kept off when the user set {@code OMP_WAIT_POLICY} or
 * {@code GOMP_SPINCOUNT}, or with {@code -Drendition.openmp.wait=spin}.
 */
public final class OpenMpWaitPolicy {
    static final String RESOURCE = "/native/linux-x86_64/libopenmp_passive_wait.so";
    private static String outcome;

    private OpenMpWaitPolicy() {
    }

    /**
     * Applies the policy once; must run before DJL loads libtorch, later it has no effect.
     *
     * @return what happened, in words, for {@code doctor} and the benchmark
     */
    public static synchronized String applyOnce() {
        if (outcome == null) {
            outcome = apply();
        }
        return outcome;
    }

    private static String apply() {
        Optional<String> skipped = reasonToSkip(System.getProperty("rendition.openmp.wait"),
                System.getenv("OMP_WAIT_POLICY"), System.getenv("GOMP_SPINCOUNT"), System.getProperty("os.name", ""),
                System.getProperty("os.arch", ""),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (skipped.isPresent()) {
            return skipped.get();
        }
        try {
            NativeShim.load(RESOURCE, "rendition-openmp-");
            return "passive: idle OpenMP workers sleep";
        } catch (IOException | UnsatisfiedLinkError e) {
            return "spinning (library unavailable: " + e.getMessage() + ")";
        }
    }

    /** Why the policy is left to OpenMP's default or the user's setting, or empty when it is applied. */
    static Optional<String> reasonToSkip(String setting, String waitPolicy, String spinCount, String osName,
            String arch, double load, int cores) {
        if ("spin".equalsIgnoreCase(setting)) {
            return Optional.of("spinning (rendition.openmp.wait=spin)");
        }
        if (waitPolicy != null || spinCount != null) {
            return Optional.of("as set in the environment (OMP_WAIT_POLICY=" + waitPolicy + ", GOMP_SPINCOUNT="
                    + spinCount + ")");
        }
        if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux")
                || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return Optional.of("OpenMP's default (the library is built for Linux on x86-64 only)");
        }
        boolean forced = "passive".equalsIgnoreCase(setting);
        if (!forced && load >= 0 && load < cores) {
            return Optional.of(String.format(java.util.Locale.ROOT, "spinning: the machine was quiet at start (load %.1f"
                    + " on %d cores); -Drendition.openmp.wait=passive makes idle workers sleep", load, cores));
        }
        return Optional.empty();
    }
}
