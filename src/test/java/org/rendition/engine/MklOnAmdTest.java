package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MKL's vector kernels on AMD processors: loaded only there, and its products stay right. */
class MklOnAmdTest {
    @Test
    void onlyLinuxOnAnAmdProcessorGetsTheAnswerAndKeepTurnsItOff() {
        assertEquals(Optional.empty(), MklOnAmd.reasonToSkip(null, "Linux", "amd64", "AuthenticAMD"));
        assertTrue(MklOnAmd.reasonToSkip("keep", "Linux", "amd64", "AuthenticAMD").orElseThrow().startsWith("off"));
        assertTrue(MklOnAmd.reasonToSkip(null, "Linux", "amd64", "GenuineIntel").orElseThrow()
                .contains("GenuineIntel"));
        assertTrue(MklOnAmd.reasonToSkip(null, "Mac OS X", "aarch64", "").orElseThrow().startsWith("not needed"));
    }

    @Test
    void onAnAmdProcessorMklIsToldAndItsMatrixProductsAreStillRight() {
        assumeTrue(MklOnAmd.cpuVendor().equals("AuthenticAMD"), "not an AMD processor");
        assumeTrue(MklOnAmd.class.getResource(MklOnAmd.RESOURCE) != null, "built without a C compiler");
        // NativeRuntime.check compares a kernel-sized product with plain Java arithmetic.
        String detail = NativeRuntime.check();
        assertTrue(MklOnAmd.applied(), detail);
        assertTrue(detail.contains("MKL kernels: applied"), detail);
    }
}
