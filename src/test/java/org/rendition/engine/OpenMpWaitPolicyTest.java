package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.rendition.engine.natives.NativeShim;
import org.junit.jupiter.api.Test;

/** libtorch's OpenMP workers sleep when idle on a busy machine, unless the user chose their wait policy. */
class OpenMpWaitPolicyTest {
    private static final double BUSY = 6.0;
    private static final double QUIET = 0.5;

    @Test
    void idleWorkersSleepOnABusyMachineUnlessTheUserChoseAWaitPolicy() {
        assertEquals(Optional.empty(), OpenMpWaitPolicy.reasonToSkip(null, null, null, "Linux", "amd64", BUSY, 2));
        assertTrue(OpenMpWaitPolicy.reasonToSkip(null, "ACTIVE", null, "Linux", "amd64", BUSY, 2).orElseThrow()
                .contains("OMP_WAIT_POLICY=ACTIVE"));
        assertTrue(OpenMpWaitPolicy.reasonToSkip(null, null, "100000", "Linux", "amd64", BUSY, 2).orElseThrow()
                .contains("GOMP_SPINCOUNT=100000"));
        assertTrue(OpenMpWaitPolicy.reasonToSkip("spin", null, null, "Linux", "amd64", BUSY, 2).orElseThrow()
                .startsWith("spinning"));
        assertTrue(OpenMpWaitPolicy.reasonToSkip(null, null, null, "Mac OS X", "aarch64", BUSY, 2).isPresent());
    }

    @Test
    void onAQuietMachineWorkersSpinUnlessPassiveIsAskedFor() {
        assertTrue(OpenMpWaitPolicy.reasonToSkip(null, null, null, "Linux", "amd64", QUIET, 2).orElseThrow()
                .startsWith("spinning: the machine was quiet"));
        assertEquals(Optional.empty(), OpenMpWaitPolicy.reasonToSkip("passive", null, null, "Linux", "amd64", QUIET, 2));
        // No load figure (-1 where the platform has none): the safer choice under load, sleeping.
        assertEquals(Optional.empty(), OpenMpWaitPolicy.reasonToSkip(null, null, null, "Linux", "amd64", -1, 2));
    }

    @Test
    void theBuiltLibraryIsLoadedBeforeLibtorch() {
        assumeTrue(NativeShim.bundled(OpenMpWaitPolicy.RESOURCE),
                "built without a C compiler");
        assumeTrue(System.getenv("OMP_WAIT_POLICY") == null
                && System.getenv("GOMP_SPINCOUNT") == null, "the environment chose a wait policy");
        assumeTrue(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                >= Runtime.getRuntime().availableProcessors(), "a quiet machine keeps OpenMP's spinning");
        NativeRuntime.check();
        assertTrue(OpenMpWaitPolicy.applyOnce().startsWith("passive"), OpenMpWaitPolicy.applyOnce());
    }
}
