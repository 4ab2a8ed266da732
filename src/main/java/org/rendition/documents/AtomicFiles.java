package org.rendition.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing output files whole or not at all: to a temporary file in the same folder, then a move.
 * The temporary file is created readable by its owner only (as {@code Files.createTempFile} does on
 * POSIX), so every export is owner-only from its first byte.
 */
public final class AtomicFiles {
    /** What goes into the file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Whether {@code target} is a device or a pipe ({@code --out /dev/stdout}, a named pipe): written
     * to in place, as a shell's redirection does. Deleting it, or moving a file over it, would
     * replace the device node itself (as root, {@code /dev/full} became a file).
     */
    public static boolean isDeviceOrPipe(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    public static void write(Path target, Content content) throws DocumentException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = SourceFiles.nameOf(absolute);
        Path temporary = null;
        try {
            if (isDeviceOrPipe(absolute)) {
                try (OutputStream out = Files.newOutputStream(absolute)) {
                    content.writeTo(out);
                }
                return;
            }
            // The same folder, so the move is a rename on the same file system.
            temporary = Files.createTempFile(folder, "." + name + ".", ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (NoSuchFileException e) {
            throw new DocumentException("'" + name + "' could not be written: the folder " + folder
                + " does not exist. Choose another folder.", e);
        } catch (AccessDeniedException e) {
            throw new DocumentException("'" + name + "' could not be written: you may not write to " + folder
                + " or the file is open in another program. Close it or choose another folder.", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("'" + name + "' could not be written (" + e.getMessage()
                + "). Check that you may write to " + folder + " and that the disk is not full.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Nothing more to do: the message above already tells the user what failed.
                }
            }
        }
    }
}
