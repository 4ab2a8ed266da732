package org.rendition.memory;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;


/** Small StAX helpers for keeping foreign markup as text. */
final class Xml {
    private Xml() {
    }

    static String qualifiedName(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    /** The start tag the reader stands on, with its attributes, as markup. */
    static String startTag(XMLStreamReader xml) {
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

    /** The whole element the reader stands on, as markup; the reader ends on its end tag. */
    static String copyElement(XMLStreamReader xml) throws XMLStreamException {
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
                    out.append("</").append(qualifiedName(xml)).append('>');
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> escapeText(xml.getText(), out);
                default -> {
                }
            }
        }
        return out.toString();
    }

    static void escapeText(String text, StringBuilder out) {
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

    static void escapeAttribute(String text, StringBuilder out) {
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
