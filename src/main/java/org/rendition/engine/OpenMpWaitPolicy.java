package org.rendition.engine;

import java.io.IOException;
import org.rendition.engine.natives.NativeShim;

/**
 * How libtorch's idle OpenMP workers wait for the next operation, chosen before libtorch loads
 * through one of two small libraries built with Rendition (src/main/native). Unbounded spinning
 * (libgomp's default) holds a shared core its partner needs: on a busy machine decoding slowed
 * several times over and the first segment took many seconds (decision 0018). Sleeping at once
 * adds a wake-up to every operation: on a quiet machine decoding ran 1.1–1.7 times slower. So by
 * default workers spin a bounded while (GOMP_SPINCOUNT=100000) and then sleep, which on a quiet
 * machine is as fast as spinning and beside other busy programs about as fast as sleeping; on a
 * heavily loaded machine at start (load average at least twice the cores) they sleep at once.
 * {@code -Drendition.openmp.wait=passive} or {@code =spin} chooses; a user's {@code OMP_WAIT_POLICY}
 * or {@code GOMP_SPINCOUNT} is left alone.
 */
public final class OpenMpWaitPolicy {
    static final String RESOURCE = "/native/linux-x86_64/libopenmp_passive_wait.so";
    static final String BOUNDED_RESOURCE = "/native/linux-x86_64/libopenmp_bounded_spin.so";
    private static String outcome;

    /** What a process's workers do between operations. */
    enum Wait {
        /** OpenMP's default or the user's own setting: nothing loaded. */
        AS_IS,
        /** Sleep at once (OMP_WAIT_POLICY=PASSIVE). */
        PASSIVE,
        /** Spin a bounded while, then sleep (GOMP_SPINCOUNT=100000). */
        BOUNDED
    }

    /** The choice and why, in words. */
    record Choice(Wait way, String words) {
    }

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
        Choice choice = choose(System.getProperty("rendition.openmp.wait"), System.getenv("OMP_WAIT_POLICY"),
                System.getenv("GOMP_SPINCOUNT"), System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (choice.way() == Wait.AS_IS) {
            return choice.words();
        }
        try {
            NativeShim.load(choice.way() == Wait.PASSIVE ? RESOURCE : BOUNDED_RESOURCE, "rendition-openmp-");
            return choice.words();
        } catch (IOException | UnsatisfiedLinkError e) {
            return "spinning (library unavailable: " + e.getMessage() + ")";
        }
    }

    /** How workers should wait, given the settings, the platform and the load average at start. */
    static Choice choose(String setting, String waitPolicy, String spinCount, String osName, String arch,
            double load, int cores) {
        if ("spin".equalsIgnoreCase(setting)) {
            return new Choice(Wait.AS_IS, "spinning (rendition.openmp.wait=spin)");
        }
        if (waitPolicy != null || spinCount != null) {
            return new Choice(Wait.AS_IS, "as set in the environment (OMP_WAIT_POLICY=" + waitPolicy
                    + ", GOMP_SPINCOUNT=" + spinCount + ")");
        }
        if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux")
                || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return new Choice(Wait.AS_IS, "OpenMP's default (the libraries are built for Linux on x86-64 only)");
        }
        if ("passive".equalsIgnoreCase(setting)) {
            return new Choice(Wait.PASSIVE, "passive: idle OpenMP workers sleep (rendition.openmp.wait=passive)");
        }
        // No load figure (-1 where the platform has none): the safer choice under load, sleeping.
        if (load < 0 || load >= 2.0 * cores) {
            return new Choice(Wait.PASSIVE, String.format(java.util.Locale.ROOT, "passive: idle OpenMP workers sleep "
                    + "(the machine was busy at start: load %.1f on %d cores)", load, cores));
        }
        return new Choice(Wait.BOUNDED, String.format(java.util.Locale.ROOT, "bounded: idle OpenMP workers spin "
                + "100,000 turns, then sleep (load %.1f on %d cores at start); -Drendition.openmp.wait=passive|spin "
                + "chooses", load, cores));
    }
}
