package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.rendition.engine.natives.NativeShim;
import org.junit.jupiter.api.Test;

/** libtorch's OpenMP workers spin a bounded while, or sleep at once on a heavily loaded machine, unless the user chose. */
class OpenMpWaitPolicyTest {
    private static final double HEAVY = 6.0;
    private static final double BUSY = 2.5;
    private static final double QUIET = 0.5;

    private static OpenMpWaitPolicy.Wait wait(String setting, String policy, String spins, String os, double load) {
        return OpenMpWaitPolicy.choose(setting, policy, spins, os, "amd64", load, 2).way();
    }

    @Test
    void idleWorkersSleepAtOnceOnAHeavilyLoadedMachineUnlessTheUserChoseAWaitPolicy() {
        assertEquals(OpenMpWaitPolicy.Wait.PASSIVE, wait(null, null, null, "Linux", HEAVY));
        assertTrue(OpenMpWaitPolicy.choose(null, "ACTIVE", null, "Linux", "amd64", HEAVY, 2).words()
                .contains("OMP_WAIT_POLICY=ACTIVE"));
        assertEquals(OpenMpWaitPolicy.Wait.AS_IS, wait(null, null, "100000", "Linux", HEAVY));
        assertTrue(OpenMpWaitPolicy.choose("spin", null, null, "Linux", "amd64", HEAVY, 2).words()
                .startsWith("spinning"));
        assertEquals(OpenMpWaitPolicy.Wait.AS_IS, wait(null, null, null, "Mac OS X", HEAVY));
        // No load figure (-1 where the platform has none): the safer choice under load, sleeping.
        assertEquals(OpenMpWaitPolicy.Wait.PASSIVE, wait(null, null, null, "Linux", -1));
    }

    @Test
    void onAQuietOrModeratelyBusyMachineWorkersSpinABoundedWhileUnlessTheUserChose() {
        assertEquals(OpenMpWaitPolicy.Wait.BOUNDED, wait(null, null, null, "Linux", QUIET));
        assertEquals(OpenMpWaitPolicy.Wait.BOUNDED, wait(null, null, null, "Linux", BUSY));
        assertEquals(OpenMpWaitPolicy.Wait.PASSIVE, wait("passive", null, null, "Linux", QUIET));
        assertEquals(OpenMpWaitPolicy.Wait.AS_IS, wait("spin", null, null, "Linux", QUIET));
    }

    @Test
    void theChosenLibraryIsLoadedBeforeLibtorch() {
        assumeTrue(NativeShim.bundled(OpenMpWaitPolicy.RESOURCE) && NativeShim.bundled(
                OpenMpWaitPolicy.BOUNDED_RESOURCE), "built without a C compiler");
        assumeTrue(System.getenv("OMP_WAIT_POLICY") == null
                && System.getenv("GOMP_SPINCOUNT") == null, "the environment chose a wait policy");
        NativeRuntime.check();
        String outcome = OpenMpWaitPolicy.applyOnce();
        assertTrue(outcome.startsWith("passive") || outcome.startsWith("bounded"), outcome);
    }
}
