package org.rendition.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/** Reads web pages through jsoup: the title and the text of each block, without scripts or styles. */
public final class HtmlReader extends ByteReader {
    private static final int SNIFF_LENGTH = 8000;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    boolean recognises(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    @Override
    SourceDocument read(String name, byte[] bytes) throws DocumentException {
        if (looksBinary(bytes)) {
            throw new DocumentException(DocumentException.Reason.UNSUPPORTED, "'" + name + "' looks like a binary file, not a web page. "
                + "Check that it is the file you meant to open.");
        }
        Document page;
        try {
            page = HtmlPages.parse(bytes);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("'" + name + "' could not be read as a web page: " + e.getMessage() + ".", e);
        }
        List<HtmlPages.Run> runs = HtmlPages.runs(page);
        List<DocumentBlock> blocks = new ArrayList<>();
        for (int position = 0; position < runs.size(); position++) {
            blocks.add(new DocumentBlock(position, runs.get(position).text()));
        }
        if (blocks.isEmpty()) {
            throw new DocumentException(DocumentException.Reason.NO_TEXT, "'" + name + "' has no text to translate.");
        }
        List<String> notes = page.charset().equals(StandardCharsets.UTF_8)
            ? List.of() : List.of("Read as " + page.charset().name() + ".");
        return new SourceDocument(name, DocumentFormat.HTML, blocks, notes, List.of(), page.charset(), bytes);
    }

    /** A NUL byte early on means binary, unless a byte-order mark says the page is UTF-16. */
    private static boolean looksBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        for (int i = 0; !utf16 && i < Math.min(bytes.length, SNIFF_LENGTH); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
