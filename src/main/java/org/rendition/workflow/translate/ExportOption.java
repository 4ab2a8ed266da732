package org.rendition.workflow.translate;

import java.util.Objects;
import org.rendition.documents.ExportFormat;

/**
 * One way a document can be exported: its own format with the original layout, plain text, or a
 * bilingual table. The workstation offers these in its Export dialog.
 */
public final class ExportOption {
    private final ExportFormat format;

    ExportOption(ExportFormat format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /** How the option is named on screen, such as {@code Word document, original layout}. */
    public String displayName() {
        return format.displayName();
    }

    /** The extension the exported file gets, without the dot. */
    public String extension() {
        return format.extension();
    }

    ExportFormat format() {
        return format;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportOption option && option.format == format;
    }

    @Override
    public int hashCode() {
        return format.hashCode();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
