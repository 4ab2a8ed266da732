package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;

/** The files a translation can be exported as, with the writer for each. */
public enum ExportFormat {
    DOCX("Word document, original layout", "docx"),
    HTML("Web page, original layout", "html"),
    TEXT("Plain text", "txt"),
    BILINGUAL_DOCX("Bilingual table, Word document", "docx"),
    BILINGUAL_HTML("Bilingual table, web page", "html");

    private final String displayName;
    private final String extension;

    ExportFormat(String displayName, String extension) {
        this.displayName = displayName;
        this.extension = extension;
    }

    public String displayName() {
        return displayName;
    }

    /** The extension an exported file gets, without the dot. */
    public String extension() {
        return extension;
    }

    /** A new writer for this format. */
    public DocumentWriter writer() {
        return switch (this) {
            case DOCX -> new DocxWriter();
            case HTML -> new HtmlWriter();
            case TEXT -> new TextWriter();
            case BILINGUAL_DOCX -> BilingualTableWriter.docx();
            case BILINGUAL_HTML -> BilingualTableWriter.html();
        };
    }

    /**
     * The formats a document read as {@code source} can be exported as: its own format where
     * the original layout can be kept (Word, web page), and always text and the bilingual tables.
     */
    public static List<ExportFormat> availableFor(DocumentFormat source) {
        List<ExportFormat> formats = new ArrayList<>();
        if (source == DocumentFormat.DOCX) {
            formats.add(DOCX);
        }
        if (source == DocumentFormat.HTML) {
            formats.add(HTML);
        }
        formats.addAll(List.of(TEXT, BILINGUAL_DOCX, BILINGUAL_HTML));
        return List.copyOf(formats);
    }
}
