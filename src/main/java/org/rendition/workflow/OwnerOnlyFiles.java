package org.rendition.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file readable by its owner only, whole or not at all: a temporary file in the same
 * folder (which Java creates rw-------) moved into place, so a report about classified work is
 * never readable by other accounts, not even for a moment.
 */
final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    static void write(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new WorkflowException("Cannot write " + absolute + " (" + e.getMessage()
                    + "). Check that the folder exists and you may write to it.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the message above already says what failed
                }
            }
        }
    }
}
