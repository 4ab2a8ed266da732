package org.rendition.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Rendition reads, each with the file name extensions that stand for it. */
public enum DocumentFormat {
    TXT("Plain text", "txt", "text", "log", "md"),
    DOCX("Word document", "docx", "docm", "dotx", "dotm"),
    PDF("PDF document", "pdf"),
    HTML("Web page", "html", "htm", "xhtml"),
    EML("E-mail message", "eml"),
    /** A scan or photograph of pages, read by OCR. */
    IMAGE("Scanned image", "png", "jpg", "jpeg", "tif", "tiff");

    private final String displayName;
    private final List<String> extensions;

    DocumentFormat(String displayName, String... extensions) {
        this.displayName = displayName;
        this.extensions = List.of(extensions);
    }

    /** How the format is named on screen, such as {@code Word document}. */
    public String displayName() {
        return displayName;
    }

    /** The extensions, lower case and without the dot, the first being the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension stands for, ignoring case. */
    public static Optional<DocumentFormat> byExtension(String extension) {
        String key = extension.toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The extension of {@code fileName} without the dot, or an empty string when it has none. */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
