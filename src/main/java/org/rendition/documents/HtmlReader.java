package org.rendition.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/** Reads web pages through jsoup: the title and the text of each block, without scripts or styles. */
public final class HtmlReader extends ByteReader {
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
            throw new DocumentException("'" + name + "' has no text to translate.");
        }
        List<String> notes = page.charset().equals(StandardCharsets.UTF_8)
            ? List.of() : List.of("Read as " + page.charset().name() + ".");
        return new SourceDocument(name, DocumentFormat.HTML, blocks, notes, List.of(), page.charset(), bytes);
    }
}
