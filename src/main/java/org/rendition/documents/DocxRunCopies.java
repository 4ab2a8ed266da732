package org.rendition.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parts of a Word paragraph that hold its text pieces (a run, a hyperlink, a field), and
 * copies of a run or hyperlink made to hold words the translation put elsewhere than the source
 * had them ({@link TextPlacement.Insertion}). A part holding a field's code, a note reference, a
 * picture or a break is never copied: a copy would repeat it.
 */
final class DocxRunCopies {
    private static final Set<String> COPYABLE = Set.of("r", "hyperlink");
    private static final Set<String> NOT_TO_REPEAT = Set.of("fldChar", "instrText", "fldSimple", "footnoteReference",
        "endnoteReference", "commentReference", "drawing", "pict", "object", "br", "cr", "tab", "AlternateContent",
        "sdt", "ruby", "sym", "separator", "continuationSeparator", "footnoteRef", "endnoteRef");

    private final Node paragraph;
    private final Map<Node, Integer> numbers = new IdentityHashMap<>();
    private final List<Node> containers = new ArrayList<>();

    DocxRunCopies(Node paragraph) {
        this.paragraph = paragraph;
    }

    /** The number of the part holding {@code element}, the same for every piece it holds; -1 when none. */
    int container(Element element) {
        Node part = part(element);
        if (part == null) {
            return -1;
        }
        return numbers.computeIfAbsent(part, p -> {
            containers.add(p);
            return containers.size() - 1;
        });
    }

    /** Whether the part holding {@code element} can be copied to hold other words. */
    boolean copyable(Element element) {
        Node part = part(element);
        return part instanceof Element e && DocxParagraphs.W.equals(e.getNamespaceURI())
            && COPYABLE.contains(e.getLocalName()) && "t".equals(element.getLocalName()) && !holdsAnyOf(part);
    }

    /**
     * Makes the copies, in order, next to the parts holding their anchors.
     *
     * @param elements each piece's element ({@code w:t}), by piece index
     * @return the runs of the copies, whose direction and language follow the translation's
     */
    List<Node> insert(List<TextPlacement.Insertion> insertions, List<Element> elements) {
        List<Node> runs = new ArrayList<>();
        Map<String, Node> lastInserted = new HashMap<>();
        for (TextPlacement.Insertion insertion : insertions) {
            Element like = elements.get(insertion.like());
            Node part = part(like);
            Node anchor = part(elements.get(insertion.anchor()));
            if (part == null || anchor == null) {
                continue;
            }
            Node copy = part.cloneNode(true);
            List<Element> original = texts(part);
            List<Element> copied = texts(copy);
            for (int i = 0; i < copied.size(); i++) {
                DocxParagraphText.setText(copied.get(i), original.get(i) == like ? insertion.text() : "");
            }
            String key = insertion.anchor() + (insertion.after() ? "a" : "b");
            Node previous = lastInserted.get(key);
            Node before = previous != null ? previous.getNextSibling()
                : insertion.after() ? anchor.getNextSibling() : anchor;
            paragraph.insertBefore(copy, before);
            lastInserted.put(key, copy);
            collectRuns(copy, runs);
        }
        return runs;
    }

    /** The ancestor of {@code node} that is a child of the paragraph. */
    private Node part(Node node) {
        Node at = node;
        while (at != null && at.getParentNode() != paragraph) {
            at = at.getParentNode();
        }
        return at;
    }

    private static boolean holdsAnyOf(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && (NOT_TO_REPEAT.contains(element.getLocalName())
                    || holdsAnyOf(element))) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> texts(Node node) {
        List<Element> texts = new ArrayList<>();
        collectTexts(node, texts);
        return texts;
    }

    private static void collectTexts(Node node, List<Element> texts) {
        if (node instanceof Element element && "t".equals(element.getLocalName())
                && DocxParagraphs.W.equals(element.getNamespaceURI())) {
            texts.add(element);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectTexts(child, texts);
        }
    }

    private static void collectRuns(Node node, List<Node> runs) {
        if (node instanceof Element element && "r".equals(element.getLocalName())
                && DocxParagraphs.W.equals(element.getNamespaceURI())) {
            runs.add(element);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectRuns(child, runs);
        }
    }
}
