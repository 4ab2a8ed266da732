package org.rendition.documents;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** ICU reports 100 for a clear UTF-16/32 page; below this a guess may be binary after all. */
    private static final int WIDE_UNICODE_CONFIDENCE = 50;

    private static final Set<String> WITHOUT_TEXT = Set.of("script", "style", "noscript", "template", "svg",
        "math", "iframe", "object", "embed", "canvas", "select", "textarea", "head");

    /** Attributes whose values people read: a picture's description, a tooltip, a field's hint. */
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder");

    /**
     * Text between two block boundaries, with the nodes it came from; or, when {@code attribute}
     * is set, the value of that attribute of {@code owner}.
     */
    record Run(List<Node> nodes, String text, boolean preformatted, Element owner, String attribute) {
        /** The run's emphasis, links and pictures as tags over {@link #text()}. */
        List<InlineTag> tags() {
            return isAttribute() ? List.of() : HtmlInlineTags.of(nodes, preformatted, text);
        }

        boolean isAttribute() {
            return attribute != null;
        }
    }

    private HtmlPages() {
    }

    /**
     * Parses a page in the encoding its byte-order mark or {@code <meta charset>} names, else
     * UTF-8; a page that is not UTF-8 and says nothing is read in the encoding ICU detects.
     */
    static Document parse(byte[] bytes) throws IOException {
        Optional<Charset> wide = wideUnicode(bytes);
        if (wide.isPresent()) {
            return Jsoup.parse(new ByteArrayInputStream(bytes), wide.get().name(), "");
        }
        Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        // jsoup turns each stray NUL into U+FFFD too; only replacement characters beyond those
        // say the page is in another encoding.
        if (count(document.text(), '\uFFFD') > count(bytes, (byte) 0)) {
            CharsetDetector detector = new CharsetDetector();
            detector.enableInputFilter(true);
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            Optional<Charset> detected = match == null ? Optional.empty() : javaCharset(match.getName());
            if (detected.isPresent()) {
                document = Jsoup.parse(new ByteArrayInputStream(bytes), detected.get().name(), "");
            }
        }
        return document;
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(c -> c == wanted).count();
    }

    private static long count(byte[] bytes, byte wanted) {
        long count = 0;
        for (byte b : bytes) {
            count += b == wanted ? 1 : 0;
        }
        return count;
    }

    /**
     * UTF-32 or UTF-16, by byte-order mark or, without one, by ICU's detector: pages in these
     * encodings are half or three quarters NUL bytes and must not be taken for binary data.
     */
    static Optional<Charset> wideUnicode(byte[] bytes) {
        if (SourceFiles.startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})) {
            return javaCharset("UTF-32BE");
        }
        if (SourceFiles.startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})) {
            return javaCharset("UTF-32LE");
        }
        if (SourceFiles.startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (SourceFiles.startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= WIDE_UNICODE_CONFIDENCE
            && (match.getName().startsWith("UTF-32") || match.getName().startsWith("UTF-16"))) {
            return javaCharset(match.getName());
        }
        return Optional.empty();
    }

    /**
     * The Java charset for an ICU name. ICU tells the two layouts of Arabic EBCDIC apart
     * ({@code IBM420_rtl}, {@code IBM420_ltr}); Java has one {@code IBM420} for both.
     */
    static Optional<Charset> javaCharset(String icuName) {
        String name = icuName.replaceFirst("_(rtl|ltr)$", "");
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
        // After every text run, so adding them kept the positions of the text runs as they were.
        for (Element element : document.body().getAllElements()) {
            for (String attribute : TEXT_ATTRIBUTES) {
                String value = element.attr(attribute).replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
                if (!value.isEmpty() && !insideElementWithoutText(element)) {
                    runs.add(new Run(List.of(), value, false, element, attribute));
                }
            }
        }
        return runs;
    }

    private static boolean insideElementWithoutText(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (WITHOUT_TEXT.contains(at.normalName())) {
                return true;
            }
        }
        return false;
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
            runs.add(new Run(List.copyOf(pending), joined.strip(), preformatted, null, null));
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
