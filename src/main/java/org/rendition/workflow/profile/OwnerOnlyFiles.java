package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.rendition.documents.AtomicFiles;
import org.rendition.documents.DocumentException;

/**
 * Writes a report readable by its owner only, whole or not at all, the way exports are written:
 * a report about classified work must never be readable by other accounts, not even for a moment.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    /**
     * A new, empty file at {@code target} (replacing one there) that only its owner can read, open
     * for writing: for exports streamed in pieces (a memory, a glossary), which may hold classified
     * text. The permissions are set when the file is created, before any byte is written.
     */
    public static OutputStream newOutputStream(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("'" + target + "' is a folder");
        }
        if (org.rendition.documents.AtomicFiles.isDeviceOrPipe(target)) {
            return Files.newOutputStream(target);
        }
        Files.deleteIfExists(target);
        if (target.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newOutputStream(target);
    }

    public static void write(Path target, String content) {
        try {
            AtomicFiles.write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }
}
