package org.rendition.text;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader that can keep the elements it reads as markup while its caller interprets them,
 * so a reader that understands part of an element (a TBX definition with its source) can still
 * give back the whole element as the file wrote it. Recordings nest: an element recorded inside
 * another one's recording is a slice of the same text.
 *
 * <p>Only {@link #next()} is recorded; callers read text with {@link #text()}, not
 * {@code getElementText()}, which would move the underlying reader past the recording.
 */
public final class RecordingXmlReader extends StreamReaderDelegate {
    private final StringBuilder markup = new StringBuilder();
    private int depth;
    private int lastEventAt;

    public RecordingXmlReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (depth > 0) {
            lastEventAt = markup.length();
            append(event);
        }
        return event;
    }

    private void append(int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> markup.append(XmlMarkup.startTag(this));
            case XMLStreamConstants.END_ELEMENT -> markup.append(XmlMarkup.endTag(this));
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                    XMLStreamConstants.ENTITY_REFERENCE -> XmlMarkup.escapeText(getText(), markup);
            default -> {
                // Comments and processing instructions inside an element carry no data.
            }
        }
    }

    /** Starts recording the element whose start tag the reader stands on; give the mark to {@link #end}. */
    public int begin() {
        if (depth++ == 0) {
            markup.setLength(0);
            lastEventAt = 0;
            markup.append(XmlMarkup.startTag(this));
        }
        return lastEventAt;
    }

    /** The element recorded since {@code mark}, once the reader stands on its end tag. */
    public String end(int mark) {
        depth--;
        return markup.substring(mark);
    }

    /** The text of the element the reader stands on, inline elements' text included; ends on its end tag. */
    public String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int level = 1;
        while (level > 0) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> level++;
                case XMLStreamConstants.END_ELEMENT -> level--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> text.append(getText());
                default -> {
                }
            }
        }
        return text.toString();
    }

    /** The whole element the reader stands on, as markup; the reader ends on its end tag. */
    public String copy() throws XMLStreamException {
        int mark = begin();
        SafeXml.skipElement(this);
        return end(mark);
    }
}
