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
    /** Fuzzed and damaged pages carry a few percent of NULs; pictures and archives far more. */
    private static final double MAX_NUL_SHARE = 0.1;

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
            blocks.add(new DocumentBlock(position, runs.get(position).text(), runs.get(position).tags()));
        }
        if (blocks.isEmpty()) {
            throw new DocumentException(DocumentException.Reason.NO_TEXT, "'" + name + "' has no text to translate.");
        }
        List<String> notes = page.charset().equals(StandardCharsets.UTF_8)
            ? List.of() : List.of("Read as " + page.charset().name() + ".");
        return new SourceDocument(name, DocumentFormat.HTML, blocks, notes, List.of(), page.charset(), bytes);
    }

    /**
     * Binary data rather than a page: many NUL bytes, where no byte-order mark or detection says
     * the page is UTF-16 or UTF-32 (whose NULs are half their bytes). Browsers show a page with a
     * few stray NULs, and so does Rendition; a picture named .html has them everywhere.
     */
    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_LENGTH);
        int nuls = 0;
        for (int i = 0; i < length; i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        if (nuls == 0 || HtmlPages.wideUnicode(bytes).isPresent()) {
            return false;
        }
        return nuls > MAX_NUL_SHARE * length;
    }
}
