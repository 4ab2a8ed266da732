package org.rendition.engine;

/**
 * Makes DJL work without a network: it must take its native libraries from the Maven jars on the
 * class path and never fetch anything. Called before DJL's first use.
 */
public final class OfflineMode {
    private OfflineMode() {
    }

    public static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        // DJL reports usage from cloud machines; offline mode disables it too, this says so twice.
        System.setProperty("OPT_OUT_TRACKING", "true");
        // The CPU build is the one bundled; naming it spares DJL a probe for GPU flavours.
        if (System.getProperty("PYTORCH_FLAVOR") == null && System.getenv("PYTORCH_FLAVOR") == null) {
            System.setProperty("PYTORCH_FLAVOR", "cpu");
        }
        // Every path into DJL passes here before libtorch loads: the one moment MKL can still be told.
        MklOnAmd.applyOnce();
        OpenMpWaitPolicy.applyOnce();
    }
}
