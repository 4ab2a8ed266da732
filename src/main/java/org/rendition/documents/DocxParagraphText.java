package org.rendition.documents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What one Word paragraph reads as: its text pieces ({@code w:t} elements, and tabs and line
 * breaks), in order, and the inline tags over them. Only what a reader of the page sees is text:
 * a field's result (its code stays in {@code w:instrText}), a ruby's base (not its reading
 * aid), inserted text (not deleted), a content control's content (not its properties), a
 * hyperlink's text. Footnote and comment references and pictures are standalone tags; text boxes
 * are paragraphs of their own, listed by {@link DocxParagraphs}.
 */
final class DocxParagraphText {
    /** A piece of the paragraph's text and the element it lives in ({@code w:t}, {@code w:tab}, {@code w:br}). */
    record Piece(Element element, String text, boolean fixed) {
    }

    private final XmlObject paragraph;
    private final DocxLinks links;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<InlineTag> tags = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Open complex fields: where each began in the text, and its code so far. */
    private final Deque<int[]> fieldStarts = new ArrayDeque<>();
    private final Deque<StringBuilder> fieldCodes = new ArrayDeque<>();

    private DocxParagraphText(XmlObject paragraph, DocxLinks links) {
        this.paragraph = paragraph;
        this.links = links;
    }

    /** The paragraph's text and tags; {@code links} are the relationships of the part it sits in. */
    static DocxParagraphText of(XmlObject paragraph, DocxLinks links) {
        DocxParagraphText read = new DocxParagraphText(paragraph, links);
        read.walk(paragraph.getDomNode());
        while (!read.fieldStarts.isEmpty()) {
            read.closeField();
        }
        return read;
    }

    /** The {@code w:p} element: a {@code CTP} where POI's schema covers it, else untyped. */
    XmlObject paragraph() {
        return paragraph;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** The whole text, white space around it included. */
    String text() {
        return text.toString();
    }

    List<InlineTag> tags() {
        return tags;
    }

    private void walk(Node container) {
        for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            String name = element.getLocalName();
            if (DocxParagraphs.MC.equals(element.getNamespaceURI())) {
                if ("AlternateContent".equals(name)) {
                    firstChoice(element).ifPresent(this::walk);
                }
                continue;
            }
            if (!DocxParagraphs.W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (name) {
                case "r" -> run(element);
                case "hyperlink" -> spanned(InlineTag.Kind.LINK, link(element), element);
                case "fldSimple" -> spanned(InlineTag.Kind.FIELD, attribute(element, "instr").strip(), element);
                case "sdt", "ruby", "smartTag", "customXml", "ins", "moveTo", "bdo", "dir", "sdtContent",
                     "rubyBase" -> walk(element);
                default -> {
                    // Properties, deleted text, ruby readings, bookmarks, nested paragraphs: not text here.
                }
            }
        }
    }

    private void run(Element run) {
        boolean bold = false;
        boolean italic = false;
        boolean underline = false;
        for (Node child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            if (DocxParagraphs.MC.equals(element.getNamespaceURI()) && "AlternateContent".equals(element.getLocalName())) {
                point(InlineTag.Kind.IMAGE, "");
                continue;
            }
            if (!DocxParagraphs.W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "rPr" -> {
                    bold = switchedOn(element, "b");
                    italic = switchedOn(element, "i");
                    underline = underlined(element);
                }
                case "t" -> {
                    int start = text.length();
                    addPiece(element, textOf(element), false);
                    if (bold) {
                        span(InlineTag.Kind.BOLD, start, text.length(), "");
                    }
                    if (italic) {
                        span(InlineTag.Kind.ITALIC, start, text.length(), "");
                    }
                    if (underline) {
                        span(InlineTag.Kind.UNDERLINE, start, text.length(), "");
                    }
                }
                case "tab" -> {
                    span(InlineTag.Kind.TAB, text.length(), text.length() + 1, "");
                    addPiece(element, "\t", true);
                }
                case "br", "cr" -> {
                    String type = attribute(element, "type");
                    if (type.isEmpty() || type.equals("textWrapping")) {
                        span(InlineTag.Kind.LINE_BREAK, text.length(), text.length() + 1, "");
                        addPiece(element, "\n", true);
                    }
                }
                case "footnoteReference" -> point(InlineTag.Kind.FOOTNOTE_REFERENCE, attribute(element, "id"));
                case "endnoteReference" -> point(InlineTag.Kind.ENDNOTE_REFERENCE, attribute(element, "id"));
                case "commentReference" -> point(InlineTag.Kind.COMMENT_REFERENCE, attribute(element, "id"));
                case "drawing", "pict", "object" -> point(InlineTag.Kind.IMAGE, "");
                case "ruby" -> walk(element);
                case "fldChar" -> field(attribute(element, "fldCharType"));
                case "instrText" -> {
                    if (!fieldCodes.isEmpty()) {
                        fieldCodes.peek().append(textOf(element));
                    }
                }
                default -> {
                    // Deleted text, symbols, hyphenation hints and page marks are not text.
                }
            }
        }
    }

    private void field(String type) {
        if (type.equals("begin")) {
            fieldStarts.push(new int[] {text.length()});
            fieldCodes.push(new StringBuilder());
        } else if (type.equals("end") && !fieldStarts.isEmpty()) {
            closeField();
        }
    }

    private void closeField() {
        int start = fieldStarts.pop()[0];
        tags.add(new InlineTag(InlineTag.Kind.FIELD, start, text.length(), fieldCodes.pop().toString().strip()));
    }

    private void spanned(InlineTag.Kind kind, String detail, Element element) {
        int start = text.length();
        walk(element);
        tags.add(new InlineTag(kind, start, text.length(), detail));
    }

    private void addPiece(Element element, String content, boolean fixed) {
        pieces.add(new Piece(element, content, fixed));
        text.append(content);
    }

    /** Adds a formatting span, joined to the previous one of the same kind when they touch. */
    private void span(InlineTag.Kind kind, int start, int end, String detail) {
        if (start == end) {
            return;
        }
        for (int i = tags.size() - 1; i >= 0; i--) {
            InlineTag last = tags.get(i);
            if (last.kind() == kind && last.end() == start && kind != InlineTag.Kind.TAB
                && kind != InlineTag.Kind.LINE_BREAK) {
                tags.set(i, new InlineTag(kind, last.start(), end, detail));
                return;
            }
        }
        tags.add(new InlineTag(kind, start, end, detail));
    }

    private void point(InlineTag.Kind kind, String detail) {
        tags.add(new InlineTag(kind, text.length(), text.length(), detail));
    }

    private static Optional<Element> firstChoice(Element alternateContent) {
        for (Node child = alternateContent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "Choice".equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /**
     * Where a hyperlink points, as a person reads it: {@code #bookmark} within the document, else
     * the address its relationship holds (earlier versions kept the relationship's id, such as
     * {@code rId2}; {@link TargetTags#savedEarlier} reads targets saved with those).
     */
    private String link(Element hyperlink) {
        String anchor = attribute(hyperlink, "anchor");
        if (!anchor.isEmpty()) {
            return "#" + anchor;
        }
        String relation = hyperlink.getAttributeNS(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
        return relation == null ? "" : links.address(relation);
    }

    /** The element's text; XMLBeans' DOM has no {@code getTextContent} (DOM level 3). */
    static String textOf(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** Replaces the element's text, keeping spaces at its ends (which Word drops unless told). */
    static void setText(Element element, String text) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
        element.appendChild(element.getOwnerDocument().createTextNode(text));
        element.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    }

    private static String attribute(Element element, String name) {
        String value = element.getAttributeNS(DocxParagraphs.W, name);
        return value == null ? "" : value;
    }

    /** {@code <w:b/>}, {@code <w:b w:val="true"/>}: on; {@code w:val="0"/"false"/"off"}: off. */
    private static boolean switchedOn(Element properties, String name) {
        for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())
                && DocxParagraphs.W.equals(element.getNamespaceURI())) {
                String value = attribute(element, "val");
                return !(value.equals("0") || value.equals("false") || value.equals("off"));
            }
        }
        return false;
    }

    private static boolean underlined(Element properties) {
        for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "u".equals(element.getLocalName())
                && DocxParagraphs.W.equals(element.getNamespaceURI())) {
                return !attribute(element, "val").equals("none");
            }
        }
        return false;
    }
}
