package org.rendition.memory;

import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TMX 1.4b, one translation unit per entry, streaming. Everything {@link TmxReader}
 * keeps is written back, so reading the output gives the same entries.
 */
public final class TmxWriter implements AutoCloseable {
    private final XMLStreamWriter xml;

    /** Starts a TMX document; {@code sourceLang} is the header's srclang, or null for {@code *all*}. */
    public TmxWriter(OutputStream out, String sourceLang) throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        newline();
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        newline();
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", "Rendition");
        xml.writeAttribute("creationtoolversion", "0.1.0");
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", "Rendition");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", sourceLang == null ? "*all*" : sourceLang);
        xml.writeAttribute("datatype", "plaintext");
        newline();
        xml.writeStartElement("body");
        newline();
    }

    public void write(TmEntry entry) throws XMLStreamException {
        xml.writeStartElement("tu");
        attribute("tuid", entry.tuid());
        attribute("srclang", entry.sourceLang());
        attribute("creationid", entry.createdBy());
        attribute("creationdate", TmxDates.format(entry.created()));
        attribute("changeid", entry.changedBy());
        attribute("changedate", entry.changed() == null ? null : TmxDates.format(entry.changed()));
        for (TmProperty p : entry.properties()) {
            if (p.kind() == TmProperty.Kind.ATTRIBUTE && !TmxReader.TU_FIELDS.contains(p.type())) {
                xml.writeAttribute(p.type(), p.value());
            }
        }
        newline();
        for (TmProperty p : entry.properties()) {
            if (p.kind() == TmProperty.Kind.NOTE) {
                element("note", null, p.lang(), p.value());
            } else if (p.kind() == TmProperty.Kind.PROP) {
                element("prop", p.type(), p.lang(), p.value());
            }
        }
        element("prop", TmxReader.ORIGIN_PROP, null, entry.origin().name());
        if (entry.document() != null) {
            element("prop", TmxReader.DOCUMENT_PROP, null, entry.document());
        }
        variant(entry.sourceLang(), entry.source());
        variant(entry.targetLang(), entry.target());
        xml.writeEndElement();
        newline();
    }

    private void variant(String lang, String text) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        xml.writeStartElement("seg");
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
        newline();
    }

    private void element(String name, String type, String lang, String value) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement(name);
        attribute("type", type);
        if (lang != null) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
        newline();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    /** Ends the document and flushes it; the stream stays open for its owner to close. */
    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        newline();
        xml.writeEndElement();
        newline();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
