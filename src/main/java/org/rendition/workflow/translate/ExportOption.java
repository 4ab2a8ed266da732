package org.rendition.workflow.translate;

import java.util.Objects;
import java.util.Optional;
import org.rendition.documents.ExportFormat;
import org.rendition.documents.XliffVersion;

/**
 * One way a document can be exported: its own format with the original layout, plain text, a
 * bilingual table, or XLIFF for a colleague's CAT tool (to be merged back with
 * {@link DocumentTranslation#mergeXliff}). The workstation offers these in its Export dialog.
 */
public final class ExportOption {
    private final ExportFormat format;
    private final XliffVersion xliff;

    ExportOption(ExportFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        this.xliff = null;
    }

    private ExportOption(XliffVersion xliff) {
        this.format = null;
        this.xliff = Objects.requireNonNull(xliff, "xliff");
    }

    /** The document's segments as XLIFF {@code version}, with their statuses, inline tags and marking. */
    public static ExportOption xliff(XliffVersion version) {
        return new ExportOption(version);
    }

    /** How the option is named on screen, such as {@code Word document, original layout}. */
    public String displayName() {
        return xliff != null ? "XLIFF " + xliff.number() + ", for another CAT tool" : format.displayName();
    }

    /** The extension the exported file gets, without the dot. */
    public String extension() {
        return xliff != null ? "xlf" : format.extension();
    }

    /** The XLIFF version, when this option writes XLIFF. */
    public Optional<XliffVersion> xliffVersion() {
        return Optional.ofNullable(xliff);
    }

    /** The document writer's format; null for XLIFF. */
    ExportFormat format() {
        return format;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportOption option && option.format == format && option.xliff == xliff;
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, xliff);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
