package org.rendition.memory;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rendition.arch.ValueType;
import org.rendition.text.SafeXml;
import org.rendition.text.XmlMarkup;

/**
 * A segment's plain text with its inline tags. Matching works on the plain text; the tags ride
 * along so that export writes the segment as it came in.
 */
@ValueType
public record TaggedText(String text, List<InlineTag> tags) {
    public TaggedText {
        tags = List.copyOf(tags);
    }

    /** The segment as the content of a TMX {@code <seg>}: escaped text with the tags' markup between. */
    public String toTmx() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (InlineTag tag : tags) {
            int offset = Math.min(tag.offset(), text.length());
            XmlMarkup.escapeText(text.substring(at, Math.max(at, offset)), out);
            at = Math.max(at, offset);
            out.append(tag.markup());
        }
        XmlMarkup.escapeText(text.substring(at), out);
        return out.toString();
    }

    /** Reads the content of a {@code <seg>} as {@link #toTmx} writes it. */
    public static TaggedText fromTmx(String segContent) {
        XMLInputFactory factory = SafeXml.inputFactory();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader("<seg>" + segContent + "</seg>"));
            xml.nextTag();
            return read(xml);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("stored segment markup is not well-formed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a {@code <seg>} (the reader stands on its start tag) up to and including its end tag.
     * Text inside {@code bpt ept ph it ut} is native code, not segment text, and goes into the
     * tag's markup with any {@code sub} in it; text inside {@code hi} is segment text.
     */
    static TaggedText read(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<InlineTag> tags = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    InlineTag.Kind kind = InlineTag.kindOf(name);
                    if (kind != null) {
                        String pairId = xml.getAttributeValue(null, kind == InlineTag.Kind.BEGIN
                                || kind == InlineTag.Kind.END ? "i" : "x");
                        if (pairId == null) {
                            pairId = xml.getAttributeValue(null, "i");
                        }
                        tags.add(new InlineTag(text.length(), kind, pairId, XmlMarkup.copyElement(xml)));
                    } else {
                        // hi, and anything unknown, keeps its text as segment text.
                        depth++;
                        tags.add(new InlineTag(text.length(), InlineTag.Kind.HIGHLIGHT_START,
                                xml.getAttributeValue(null, "x"), XmlMarkup.startTag(xml)));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        tags.add(new InlineTag(text.length(), InlineTag.Kind.HIGHLIGHT_END, null,
                                "</" + XmlMarkup.qualifiedName(xml) + ">"));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> text.append(xml.getText());
                default -> {
                }
            }
        }
        return new TaggedText(text.toString(), tags);
    }
}
