package org.rendition.documents;

import java.util.Objects;

/**
 * Lines every exported file carries at its top and bottom, such as a classification banner:
 * the header and footer of a Word document, the first and last element of a web page's body,
 * the first and last line of a text file. An empty string leaves that place unmarked.
 */
public record Marking(String header, String footer) {
    /** No marking at all. */
    public static final Marking NONE = new Marking("", "");

    public Marking {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(footer, "footer");
        header = header.strip();
        footer = footer.strip();
    }

    /** The same line at the top and the bottom, as classification banners are. */
    public static Marking banner(String line) {
        return new Marking(line, line);
    }

    public boolean hasHeader() {
        return !header.isEmpty();
    }

    public boolean hasFooter() {
        return !footer.isEmpty();
    }
}
