package org.rendition.ui;

import java.nio.file.Path;
import org.rendition.workflow.translate.ExportOption;

/**
 * Where and how the analyst asked to export.
 *
 * @param file the file to write
 * @param option the export format chosen
 */
public record ExportTarget(Path file, ExportOption option) {
}
