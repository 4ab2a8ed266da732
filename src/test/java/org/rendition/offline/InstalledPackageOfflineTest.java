package org.rendition.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The installed .deb works with no network: runs {@code installer/prove-offline.sh} on a package
 * built by {@code installer/build-installer.sh}. Building the package takes minutes and 1 GB of
 * disk, so this runs only when a package is named:
 * {@code mvn -B test -Dtest=InstalledPackageOfflineTest -Drendition.installer.deb=target/installer/rendition_0.1.0-1_amd64.deb}
 * (or {@code RENDITION_INSTALLER_DEB}); otherwise it is skipped with a printed reason.
 */
class InstalledPackageOfflineTest {
    @Test
    void installedPackageRunsDoctorAndTranslatesInANetworkNamespaceWithNoInterfaces() throws Exception {
        String deb = System.getProperty("rendition.installer.deb", System.getenv("RENDITION_INSTALLER_DEB"));
        if (deb == null || deb.isBlank()) {
            System.out.println("SKIPPED: no package named; build one with installer/build-installer.sh and pass "
                    + "-Drendition.installer.deb=target/installer/rendition_<version>_amd64.deb");
        }
        assumeTrue(deb != null && !deb.isBlank(), "no .deb named in rendition.installer.deb");
        assertTrue(Files.isRegularFile(Path.of(deb)), "no package at " + deb);
        Process process = new ProcessBuilder("bash", "installer/prove-offline.sh", "--deb", deb)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "finished");
        System.out.println(output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Verdict: Rendition is ready to use."), output);
        assertTrue(output.contains("VERDICT: the installed package works with no network"), output);
    }
}
