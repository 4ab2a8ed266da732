package org.rendition.glossary;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Compares a TBX file as another tool wrote it with the TBX Rendition wrote after reading it, as
 * XML, from the root down: every element (name and namespace, in order), every attribute with its
 * value ({@code id}s, {@code target}s, {@code xml:lang} as cased in the file), and all text,
 * inline markup included: the header, every concept, language section, term and field, and the
 * back matter; and before the root, the processing instructions (the xml-model schemas), the
 * DOCTYPE and comments, in order. Namespace prefixes and declarations, comments inside the root,
 * and whitespace (runs of it are one space; whitespace between elements is none) are not compared. A reader that drops something cannot pass unseen because the writer drops it too.
 */
public final class TbxInOut {
    private static final int MOST_REPORTED = 20;

    /** What a comparison found: how much it compared, and every difference (the first few of them). */
    public record Result(int elements, int attributes, List<String> differences) {
    }

    /**
     * TBX-Basic 2019 as a CAT tool exports it, with everything the LTAC files lack: ids on entry,
     * section, term section and term, inline markup in a definition, a note and a term, a group
     * with a note beside its definition, an adminGrp, a termNoteGrp, a ref into the back matter,
     * odd-case language tags, and a header with title, encoding and revision descriptions.
     */
    public static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en-US" xmlns="urn:iso:std:iso:30042:ed-2"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <tbxHeader>
                <fileDesc>
                  <titleStmt><title>Delta termbase</title><note>checked by the project manager</note></titleStmt>
                  <publicationStmt><p>internal</p></publicationStmt>
                  <sourceDesc><p>Exported from <hi type="italics">MultiTerm</hi></p></sourceDesc>
                </fileDesc>
                <encodingDesc><p type="XCSURI">TBXXCSV02.xcs</p></encodingDesc>
                <revisionDesc><change><p>first version</p></change></revisionDesc>
              </tbxHeader>
              <text>
                <body>
                  <conceptEntry id="c7">
                    <descrip type="subjectField">Military</descrip>
                    <adminGrp><admin type="customerSubset">MoD</admin><note>for the ministry</note></adminGrp>
                    <transacGrp><transac type="transactionType">creation</transac><date>2020-01-02</date>
                      <transacNote type="responsibility" target="pm1">Ana</transacNote></transacGrp>
                    <langSec xml:lang="EN-us" id="ls-en">
                      <descripGrp><descrip type="definition">A unit of <hi type="bold">30</hi> soldiers, see <foreign xml:lang="fr">peloton</foreign>.</descrip>
                        <admin type="source">FM 3-21.8</admin><note>definition checked</note></descripGrp>
                      <termSec id="t1">
                        <term id="term-t1">platoon</term>
                        <termNote type="partOfSpeech">noun</termNote>
                        <termNoteGrp><termNote type="usageStatus">preferred</termNote><note>since 2019</note></termNoteGrp>
                        <descrip type="context">The platoon moved at <ph>dawn</ph>.</descrip>
                        <note>Short <hi type="superscript">form</hi>: plt.</note>
                        <ref type="crossReference" target="t2">section</ref>
                      </termSec>
                      <termSec id="t2"><term>section</term><termNote type="usageStatus">admitted</termNote></termSec>
                    </langSec>
                    <langSec xml:lang="ru-RU">
                      <termSec id="t3"><term>взвод</term><termNote type="usageStatus">preferred</termNote></termSec>
                      <termSec id="t4"><term>плутонг</term><termNote type="usageStatus">deprecated</termNote></termSec>
                    </langSec>
                  </conceptEntry>
                </body>
                <back>
                  <refObjectSec type="respPerson">
                    <refObject id="pm1"><item type="fn">Ana Karenina</item><item type="email">ana@example.org</item></refObject>
                  </refObjectSec>
                  <refObjectSec type="respOrg"><refObject id="org1"><item type="org">Delta</item></refObject></refObjectSec>
                </back>
              </text>
            </tbx>
            """;

    /** TBX 2008 with an ntig (term and notes in a termGrp), an entry without id and a legacy status. */
    public static final String SAMPLE_2008 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en">
              <martifHeader><fileDesc><sourceDesc><p>from a 2008 termbase</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry>
                  <langSet xml:lang="en">
                    <ntig><termGrp><term>company</term><termNote type="partOfSpeech">noun</termNote>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp>
                      <admin type="source">FM 3-21</admin></ntig>
                  </langSet>
                  <langSet xml:lang="ru">
                    <tig id="tig-ru"><term>рота</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                    <tig><term>компания</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
                  </langSet>
                </termEntry>
              </body></text>
            </martif>
            """;

    private int elements;
    private int attributes;
    private final List<String> differences = new ArrayList<>();

    private TbxInOut() {
    }

    public static Result compare(byte[] in, byte[] out) throws Exception {
        TbxInOut comparison = new TbxInOut();
        org.w3c.dom.Document inDocument = parse(in);
        org.w3c.dom.Document outDocument = parse(out);
        if (!prolog(inDocument).equals(prolog(outDocument))) {
            comparison.differ("before the root: " + prolog(inDocument) + " came out as " + prolog(outDocument));
        }
        comparison.element(inDocument.getDocumentElement(), outDocument.getDocumentElement(), "");
        return new Result(comparison.elements, comparison.attributes, List.copyOf(comparison.differences));
    }

    /** The schema instructions, DOCTYPE and comments before the root element, in order. */
    private static List<String> prolog(org.w3c.dom.Document document) {
        List<String> items = new java.util.ArrayList<>();
        for (org.w3c.dom.Node node = document.getFirstChild(); node != null && node != document.getDocumentElement();
                node = node.getNextSibling()) {
            if (node instanceof org.w3c.dom.ProcessingInstruction pi) {
                items.add("<?" + pi.getTarget() + " " + pi.getData().strip() + "?>");
            } else if (node instanceof org.w3c.dom.DocumentType type) {
                items.add("<!DOCTYPE " + type.getName() + " public=" + type.getPublicId() + " system="
                        + type.getSystemId() + ">");
            } else if (node instanceof org.w3c.dom.Comment comment) {
                items.add("<!--" + comment.getData().strip() + "-->");
            }
        }
        return items;
    }

    private static org.w3c.dom.Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private void element(Element in, Element out, String parentPath) {
        String path = parentPath + "/" + in.getLocalName() + where(in);
        elements++;
        if (!in.getLocalName().equals(out.getLocalName())
                || !String.valueOf(in.getNamespaceURI()).equals(String.valueOf(out.getNamespaceURI()))) {
            differ(path + ": came out as <" + out.getLocalName() + "> in namespace " + out.getNamespaceURI());
            return;
        }
        Map<String, String> inAttributes = attributes(in);
        attributes += inAttributes.size();
        Map<String, String> outAttributes = attributes(out);
        if (!inAttributes.equals(outAttributes)) {
            differ(path + ": attributes " + inAttributes + " came out as " + outAttributes);
        }
        List<Node> inChildren = content(in);
        List<Node> outChildren = content(out);
        for (int i = 0; i < Math.max(inChildren.size(), outChildren.size()); i++) {
            if (i >= inChildren.size()) {
                differ(path + ": came out with more: " + describe(outChildren.get(i)));
                return;
            }
            if (i >= outChildren.size()) {
                differ(path + ": lost " + describe(inChildren.get(i)) + " and what follows");
                return;
            }
            Node a = inChildren.get(i);
            Node b = outChildren.get(i);
            if (a instanceof Element ea && b instanceof Element eb) {
                element(ea, eb, path);
            } else if (!describe(a).equals(describe(b))) {
                differ(path + ": " + describe(a) + " came out as " + describe(b));
            }
        }
    }

    private void differ(String difference) {
        if (differences.size() < MOST_REPORTED) {
            differences.add(difference);
        }
    }

    /** An element's id or language, so a difference names the concept, section or term it is in. */
    private static String where(Element e) {
        String id = e.getAttribute("id");
        String lang = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        return !id.isEmpty() ? "[@id=" + id + "]" : !lang.isEmpty() ? "[@xml:lang=" + lang + "]" : "";
    }

    private static String describe(Node node) {
        return node instanceof Element e ? "<" + e.getLocalName() + where(e) + ">" : "text \"" + node.getNodeValue() + "\"";
    }

    /** Child elements and text, adjacent text joined and its whitespace collapsed; whitespace alone is dropped. */
    private static List<Node> content(Element e) {
        List<Node> content = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            } else if (node instanceof Element child) {
                addText(text, content, e);
                content.add(child);
            }
        }
        addText(text, content, e);
        return content;
    }

    private static void addText(StringBuilder text, List<Node> content, Element parent) {
        String collapsed = text.toString().replaceAll("\\s+", " ").strip();
        if (!collapsed.isEmpty()) {
            content.add(parent.getOwnerDocument().createTextNode(collapsed));
        }
        text.setLength(0);
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> map = new TreeMap<>();
        NamedNodeMap all = e.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr a = (Attr) all.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            String name = a.getNamespaceURI() == null ? a.getLocalName()
                    : a.getNamespaceURI().equals(XMLConstants.XML_NS_URI) ? "xml:" + a.getLocalName()
                    : "{" + a.getNamespaceURI() + "}" + a.getLocalName();
            map.put(name, a.getValue());
        }
        return map;
    }
}
