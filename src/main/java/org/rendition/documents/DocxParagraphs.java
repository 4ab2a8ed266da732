package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Node;

/**
 * Every paragraph of a Word document where it lives, in the one order the reader and the writer
 * both walk, so a block's position finds the same paragraph on the way back: the body (table
 * cells, content controls and text boxes included, each where it sits), then headers, footers,
 * footnotes, endnotes and comments. POI's own paragraph lists miss block-level content controls
 * and text boxes, so the parts' XML is walked directly. Of the two renderings a file may carry
 * for one drawing ({@code mc:Choice} and its {@code mc:Fallback}), only the first is read, so
 * nothing is read, or written, twice.
 */
final class DocxParagraphs {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String PATH_PREFIX = "declare namespace w='" + W + "' ";

    private DocxParagraphs() {
    }

    /** The paragraphs with what they read as, in walking order. */
    static List<DocxParagraphText> of(XWPFDocument document) {
        List<DocxParagraphText> paragraphs = new ArrayList<>();
        if (document.getDocument() != null && document.getDocument().getBody() != null) {
            addAll(document.getDocument().getBody(), DocxLinks.of(document), paragraphs);
        }
        for (XWPFHeader header : document.getHeaderList()) {
            addAll(header._getHdrFtr(), DocxLinks.of(header), paragraphs);
        }
        for (XWPFFooter footer : document.getFooterList()) {
            addAll(footer._getHdrFtr(), DocxLinks.of(footer), paragraphs);
        }
        for (XWPFAbstractFootnoteEndnote note : document.getFootnotes()) {
            addAll(note.getCTFtnEdn(), DocxLinks.of(note.getPart()), paragraphs);
        }
        for (XWPFAbstractFootnoteEndnote note : document.getEndnotes()) {
            addAll(note.getCTFtnEdn(), DocxLinks.of(note.getPart()), paragraphs);
        }
        if (document.getDocComments() != null) {
            for (XWPFComment comment : document.getDocComments().getComments()) {
                addAll(comment.getCtComment(), DocxLinks.of(document.getDocComments()), paragraphs);
            }
        }
        return paragraphs;
    }

    private static void addAll(XmlObject part, DocxLinks links, List<DocxParagraphText> paragraphs) {
        if (part == null) {
            return;
        }
        for (XmlObject found : part.selectPath(PATH_PREFIX + ".//w:p")) {
            // Paragraphs inside markup POI has no schema for (mc:AlternateContent around a text
            // box) come back untyped rather than as CTP; they are paragraphs all the same.
            if (!underFallback(found.getDomNode())) {
                paragraphs.add(DocxParagraphText.of(found, links));
            }
        }
    }

    private static boolean underFallback(Node node) {
        for (Node at = node.getParentNode(); at != null; at = at.getParentNode()) {
            if (MC.equals(at.getNamespaceURI()) && "Fallback".equals(at.getLocalName())) {
                return true;
            }
            if (W.equals(at.getNamespaceURI()) && ("del".equals(at.getLocalName())
                || "moveFrom".equals(at.getLocalName()))) {
                return true;
            }
        }
        return false;
    }
}
