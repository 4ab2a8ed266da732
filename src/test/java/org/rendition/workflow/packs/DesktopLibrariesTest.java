package org.rendition.workflow.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.workflow.ProductVersion;

/** The window's system libraries as doctor and the start see them, and the version they report. */
class DesktopLibrariesTest {
    @TempDir
    Path lib;

    @Test
    void aMachineWithoutGtkIsToldWhichPackagesToInstall() throws Exception {
        for (String present : List.of("libXtst.so.6", "libGL.so.1", "libXxf86vm.so.1", "libfreetype.so.6",
                "libfontconfig.so.1", "libpangoft2-1.0.so.0")) {
            Files.writeString(lib.resolve(present), "");
        }
        DesktopLibraries libraries = DesktopLibraries.in(List.of(lib));
        assertEquals(List.of("libgtk-3-0"), libraries.missingPackages());
        assertTrue(libraries.advice().contains("sudo apt-get install libgtk-3-0"), libraries.advice());
        Files.writeString(lib.resolve("libgtk-3.so.0"), "");
        assertEquals("", libraries.advice());
    }

    @Test
    void doctorNamesTheWindowLibraries() {
        SelfCheck.Result window = new SelfCheck(lib, lib.resolve("p.db")).run().stream()
                .filter(r -> r.name().equals("Window libraries")).findFirst().orElseThrow();
        assertEquals(DesktopLibraries.ofThisMachine().advice().isEmpty() || !DesktopLibraries.needed(),
                window.passed(), window.detail());
    }

    @Test
    void theVersionComesFromTheBuild() {
        assertTrue(ProductVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), ProductVersion.current());
    }
}
