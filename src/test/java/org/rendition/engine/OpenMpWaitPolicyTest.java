package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.rendition.engine.natives.NativeShim;
import org.junit.jupiter.api.Test;

/** libtorch's OpenMP workers sleep when idle, unless the user chose their wait policy. */
class OpenMpWaitPolicyTest {
    @Test
    void idleWorkersSleepUnlessTheUserChoseAWaitPolicy() {
        assertEquals(Optional.empty(), OpenMpWaitPolicy.reasonToSkip(null, null, null, "Linux", "amd64"));
        assertTrue(OpenMpWaitPolicy.reasonToSkip(null, "ACTIVE", null, "Linux", "amd64").orElseThrow()
                .contains("OMP_WAIT_POLICY=ACTIVE"));
        assertTrue(OpenMpWaitPolicy.reasonToSkip(null, null, "100000", "Linux", "amd64").orElseThrow()
                .contains("GOMP_SPINCOUNT=100000"));
        assertTrue(OpenMpWaitPolicy.reasonToSkip("spin", null, null, "Linux", "amd64").orElseThrow()
                .startsWith("spinning"));
        assertTrue(OpenMpWaitPolicy.reasonToSkip(null, null, null, "Mac OS X", "aarch64").isPresent());
    }

    @Test
    void theBuiltLibraryIsLoadedBeforeLibtorch() {
        assumeTrue(NativeShim.bundled(OpenMpWaitPolicy.RESOURCE),
                "built without a C compiler");
        assumeTrue(System.getenv("OMP_WAIT_POLICY") == null
                && System.getenv("GOMP_SPINCOUNT") == null, "the environment chose a wait policy");
        NativeRuntime.check();
        assertTrue(OpenMpWaitPolicy.applyOnce().startsWith("passive"), OpenMpWaitPolicy.applyOnce());
    }
}
