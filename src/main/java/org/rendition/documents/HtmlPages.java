package org.rendition.documents;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Parsing web pages, and the one order in which the reader and the writer both find their text
 * blocks: the title, then each run of text and inline elements (links, bold, spans) between
 * block elements and line breaks. Scripts, styles and embedded objects hold no text to read.
 */
final class HtmlPages {
    /** Elements that sit inside a line of text; everything else, unknown tags included, is a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "button",
        "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "input", "ins", "kbd", "label", "mark",
        "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var", "wbr");

    private static final Set<String> WITHOUT_TEXT = Set.of("script", "style", "noscript", "template", "svg",
        "math", "iframe", "object", "embed", "canvas", "select", "textarea", "head");

    /** Text between two block boundaries, with the nodes it came from. */
    record Run(List<Node> nodes, String text) {
    }

    private HtmlPages() {
    }

    /**
     * Parses a page in the encoding its byte-order mark or {@code <meta charset>} names, else
     * UTF-8; a page that is not UTF-8 and says nothing is read in the encoding ICU detects.
     */
    static Document parse(byte[] bytes) throws IOException {
        Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (document.text().indexOf('\uFFFD') >= 0) {
            CharsetDetector detector = new CharsetDetector();
            detector.enableInputFilter(true);
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            if (match != null && Charset.isSupported(match.getName())) {
                document = Jsoup.parse(new ByteArrayInputStream(bytes), match.getName(), "");
            }
        }
        return document;
    }

    /** Parses a page already decoded, such as the HTML body of an e-mail. */
    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    static List<Run> runs(Document document) {
        List<Run> runs = new ArrayList<>();
        Element title = document.head() == null ? null : document.head().selectFirst("title");
        if (title != null) {
            collect(title, runs, false);
        }
        collect(document.body(), runs, false);
        return runs;
    }

    private static void collect(Element container, List<Run> runs, boolean preformatted) {
        boolean pre = preformatted || container.normalName().equals("pre");
        List<Node> pending = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && !INLINE.contains(element.normalName())) {
                flush(pending, runs, pre);
                if (!element.normalName().equals("br") && !WITHOUT_TEXT.contains(element.normalName())) {
                    collect(element, runs, pre);
                }
            } else {
                pending.add(child);
            }
        }
        flush(pending, runs, pre);
    }

    private static void flush(List<Node> pending, List<Run> runs, boolean preformatted) {
        StringBuilder text = new StringBuilder();
        for (Node node : pending) {
            text.append(wholeText(node));
        }
        String joined = preformatted ? text.toString() : text.toString().replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (!joined.isBlank()) {
            runs.add(new Run(List.copyOf(pending), joined.strip()));
        }
        pending.clear();
    }

    static String wholeText(Node node) {
        if (node instanceof TextNode text) {
            return text.getWholeText();
        }
        if (node instanceof Element element) {
            return element.wholeText();
        }
        return "";
    }
}
