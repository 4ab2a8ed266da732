package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are written whole or not at all, and a device or pipe named as the output is written to, never replaced. */
class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsHalfwayLeavesTheEarlierFileAsItWas() throws Exception {
        Path target = folder.resolve("report.en.txt");
        Files.writeString(target, "the earlier export");
        assertThrows(DocumentException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("the earlier export", Files.readString(target));
        try (var left = Files.list(folder)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aNamedPipeGivenAsTheOutputIsWrittenToAndStaysAPipe() throws Exception {
        Path pipe = folder.resolve("to-another-program");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFiles.write(pipe, out -> out.write("translated".getBytes(StandardCharsets.UTF_8)));
        assertEquals("translated", read.get(30, TimeUnit.SECONDS));
        assertTrue(!Files.isRegularFile(pipe) && Files.exists(pipe), "the pipe was not replaced by a file");
    }
}
