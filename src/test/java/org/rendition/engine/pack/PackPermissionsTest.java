package org.rendition.engine.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;

class PackPermissionsTest {
    @TempDir
    Path models;

    @Test
    void anImportedPackIsReadableByEveryAccountOnTheWorkstation() throws Exception {
        ModelPack pack = new ModelLibrary(models).importFrom(SharedData.model("tiny-marian-zh-en"),
                ImportRequest.defaults());
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(pack.folder())));
        try (Stream<Path> files = Files.list(pack.folder())) {
            files.forEach(file -> {
                try {
                    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                            file.toString());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
