package org.rendition.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline parts of a web page's run that hold its text nodes (a text, a {@code <b>}, a link),
 * and copies of one made to hold words the translation put elsewhere than the source had them
 * ({@link TextPlacement.Insertion}). A part holding a picture, a line break or a form field is
 * never copied: a copy would repeat it.
 */
final class HtmlRunCopies {
    private static final Set<String> COPYABLE = Set.of("a", "b", "strong", "i", "em", "u", "span", "font", "small",
        "big", "mark", "code", "s", "strike", "q", "cite", "sub", "sup", "abbr", "dfn", "kbd", "samp", "tt", "var");
    private static final Set<String> NOT_TO_REPEAT = Set.of("img", "br", "wbr", "input", "button", "ruby", "svg",
        "math", "object", "embed", "iframe", "select", "textarea");

    private final List<Node> parts;
    private final Map<Node, Integer> numbers = new IdentityHashMap<>();

    HtmlRunCopies(List<Node> parts) {
        this.parts = parts;
        for (int i = 0; i < parts.size(); i++) {
            numbers.put(parts.get(i), i);
        }
    }

    /** The number of the part holding {@code text}; -1 when none. */
    int container(TextNode text) {
        Node part = part(text);
        return part == null ? -1 : numbers.get(part);
    }

    /** Whether the part holding {@code text} can be copied to hold other words. */
    boolean copyable(TextNode text) {
        Node part = part(text);
        return part instanceof TextNode
            || part instanceof Element element && COPYABLE.contains(element.normalName()) && !holdsAnyOf(element);
    }

    /** Makes the copies, in order, next to the parts holding their anchors; {@code texts} by piece index. */
    void insert(List<TextPlacement.Insertion> insertions, List<TextNode> texts) {
        Map<String, Node> lastInserted = new HashMap<>();
        for (TextPlacement.Insertion insertion : insertions) {
            TextNode like = texts.get(insertion.like());
            Node part = part(like);
            Node anchor = part(texts.get(insertion.anchor()));
            if (part == null || anchor == null) {
                continue;
            }
            Node copy;
            if (part instanceof TextNode) {
                copy = new TextNode(insertion.text());
            } else {
                copy = part.clone();
                List<TextNode> original = textNodes(part);
                List<TextNode> copied = textNodes(copy);
                for (int i = 0; i < copied.size(); i++) {
                    copied.get(i).text(original.get(i) == like ? insertion.text() : "");
                }
            }
            String key = insertion.anchor() + (insertion.after() ? "a" : "b");
            Node previous = lastInserted.get(key);
            if (previous != null) {
                previous.after(copy);
            } else if (insertion.after()) {
                anchor.after(copy);
            } else {
                anchor.before(copy);
            }
            lastInserted.put(key, copy);
        }
    }

    private Node part(Node node) {
        for (Node at = node; at != null; at = at.parent()) {
            if (numbers.containsKey(at)) {
                return at;
            }
        }
        return null;
    }

    private static boolean holdsAnyOf(Element element) {
        for (Element inside : element.getAllElements()) {
            if (NOT_TO_REPEAT.contains(inside.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static List<TextNode> textNodes(Node node) {
        List<TextNode> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(Node node, List<TextNode> texts) {
        if (node instanceof TextNode text) {
            texts.add(text);
        } else {
            for (Node child : node.childNodes()) {
                collect(child, texts);
            }
        }
    }
}
