package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.rendition.documents.AtomicFiles;
import org.rendition.documents.DocumentException;

/**
 * Writes a report readable by its owner only, whole or not at all, the way exports are written:
 * a report about classified work must never be readable by other accounts, not even for a moment.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    public static void write(Path target, String content) {
        try {
            AtomicFiles.write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }
}
