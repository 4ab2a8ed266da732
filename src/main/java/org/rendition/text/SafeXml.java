package org.rendition.text;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading XML that other tools made (TMX, TBX, XLIFF) without trusting it: one hardened StAX
 * factory for every reader, and the skip they all need past elements they do not read.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** A factory that reads no DTD and no external entity: a hostile file stays inert and nothing is fetched. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * What went wrong in a file that is not well-formed, as one clause for a sentence: the
     * parser's own message without its position (the caller names the line) or its final stop.
     */
    public static String reason(XMLStreamException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        int cut = reason.indexOf("Message: ");
        reason = (cut >= 0 ? reason.substring(cut + 9) : reason).strip();
        while (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return reason.isEmpty() ? "malformed XML" : "malformed XML: " + reason;
    }

    /** Moves past the element whose start tag the reader stands on, to its end tag. */
    public static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
