package org.rendition.text;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;


/** Small StAX helpers for keeping foreign markup as text (TMX inline tags and udes, TBX fields). */
public final class XmlMarkup {
    private XmlMarkup() {
    }

    public static String qualifiedName(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    /** The start tag the reader stands on, with its attributes, as markup. */
    public static String startTag(XMLStreamReader xml) {
        StringBuilder out = new StringBuilder("<").append(qualifiedName(xml));
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            out.append(' ').append(prefix == null || prefix.isEmpty() ? "" : prefix + ":")
                    .append(xml.getAttributeLocalName(i)).append("=\"");
            escapeAttribute(xml.getAttributeValue(i), out);
            out.append('"');
        }
        return out.append('>').toString();
    }

    /**
     * The start tag the reader stands on with its namespace declarations too: a document's root,
     * whose default namespace says which edition of a format the file is.
     */
    public static String startTagWithNamespaces(XMLStreamReader xml) {
        String tag = startTag(xml);
        StringBuilder out = new StringBuilder(tag.substring(0, tag.length() - 1));
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i);
            out.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            escapeAttribute(xml.getNamespaceURI(i), out);
            out.append('"');
        }
        return out.append('>').toString();
    }

    /** The end tag of the element the reader stands on the end of, as markup. */
    public static String endTag(XMLStreamReader xml) {
        return "</" + qualifiedName(xml) + ">";
    }

    /** The whole element the reader stands on, as markup; the reader ends on its end tag. */
    public static String copyElement(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder(startTag(xml));
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    out.append(startTag(xml));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    out.append(endTag(xml));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> escapeText(xml.getText(), out);
                default -> {
                }
            }
        }
        return out.toString();
    }

    public static void escapeText(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }

    public static void escapeAttribute(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
