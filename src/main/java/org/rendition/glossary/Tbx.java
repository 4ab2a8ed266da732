package org.rendition.glossary;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Glossaries as TBX. Writes TBX-Basic ({@code martif}, ISO 30042:2008); reads that and the
 * TBX 2019 element names ({@code conceptEntry}/{@code langSec}/{@code termSec}).
 *
 * <p>Mapping: one entry per term; the source and target are terms of their langSets;
 * forbidden translations are target terms with {@code administrativeStatus}
 * {@code deprecatedTerm-admn-sts}; part of speech is {@code termNote type="partOfSpeech"} on
 * the source term; the note is the entry's {@code note}; case sensitivity and "do not
 * translate", which TBX-Basic lacks, are {@code termNote}s {@code x-caseSensitive} and
 * {@code x-doNotTranslate}.
 */
public final class Tbx {
    private static final String DEPRECATED = "deprecatedTerm-admn-sts";

    private Tbx() {
    }

    public static void write(OutputStream out, String sourceLang, List<GlossaryTerm> terms) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("martif");
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", sourceLang);
        xml.writeCharacters("\n");
        xml.writeStartElement("martifHeader");
        xml.writeStartElement("fileDesc");
        xml.writeStartElement("sourceDesc");
        text(xml, "p", "Exported by Rendition");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeStartElement("text");
        xml.writeStartElement("body");
        xml.writeCharacters("\n");
        int n = 0;
        for (GlossaryTerm t : terms) {
            xml.writeStartElement("termEntry");
            xml.writeAttribute("id", "t" + (++n));
            if (t.note() != null) {
                text(xml, "note", t.note());
            }
            langSet(xml, t.sourceLang());
            xml.writeStartElement("tig");
            text(xml, "term", t.source());
            if (t.partOfSpeech() != PartOfSpeech.UNSPECIFIED) {
                termNote(xml, "partOfSpeech", t.partOfSpeech().tbxName());
            }
            if (t.caseSensitive()) {
                termNote(xml, "x-caseSensitive", "yes");
            }
            if (t.doNotTranslate()) {
                termNote(xml, "x-doNotTranslate", "yes");
            }
            xml.writeEndElement();
            xml.writeEndElement();
            langSet(xml, t.targetLang());
            xml.writeStartElement("tig");
            text(xml, "term", t.target());
            termNote(xml, "administrativeStatus", "preferredTerm-admn-sts");
            xml.writeEndElement();
            for (String forbidden : t.forbidden()) {
                xml.writeStartElement("tig");
                text(xml, "term", forbidden);
                termNote(xml, "administrativeStatus", DEPRECATED);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void langSet(XMLStreamWriter xml, String lang) throws XMLStreamException {
        xml.writeStartElement("langSet");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
    }

    private static void termNote(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static final class TermForm {
        String text;
        PartOfSpeech partOfSpeech = PartOfSpeech.UNSPECIFIED;
        boolean deprecated;
        boolean caseSensitive;
        boolean doNotTranslate;
    }

    /**
     * Reads terms. The source language is {@code sourceLang}, or when null the document's
     * xml:lang; the target language is {@code targetLang}, or when null the other language of
     * the first entry. Each admitted target term of an entry gives a term per source term.
     */
    public static List<GlossaryTerm> read(InputStream in, String sourceLang, String targetLang)
            throws GlossaryFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<GlossaryTerm> terms = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            String source = sourceLang;
            String target = targetLang;
            boolean root = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!root) {
                    if (!name.equals("martif") && !name.equals("tbx")) {
                        throw new GlossaryFormatException("this is not a TBX file (root <" + name + ">)",
                                xml.getLocation().getLineNumber(), null);
                    }
                    root = true;
                    if (source == null) {
                        source = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    }
                } else if (name.equals("termEntry") || name.equals("conceptEntry")) {
                    int line = xml.getLocation().getLineNumber();
                    if (source == null) {
                        throw new GlossaryFormatException("the file names no source language; give one", line, null);
                    }
                    target = readEntry(xml, name, source, target, terms, line);
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String reason = String.valueOf(e.getMessage());
            int cut = reason.indexOf("Message: ");
            throw new GlossaryFormatException("malformed XML: " + (cut >= 0 ? reason.substring(cut + 9) : reason),
                    line, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Nothing more to report about a reader that already failed.
                }
            }
        }
        return terms;
    }

    private static String readEntry(XMLStreamReader xml, String entryName, String sourceLang, String targetLang,
                                    List<GlossaryTerm> terms, int line) throws XMLStreamException, GlossaryFormatException {
        String note = null;
        String lang = null;
        String target = targetLang;
        List<TermForm> sources = new ArrayList<>();
        List<TermForm> targets = new ArrayList<>();
        TermForm form = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                if (name.equals("tig") || name.equals("ntig") || name.equals("termSec")) {
                    if (form != null && form.text != null) {
                        if (lang != null && lang.equalsIgnoreCase(sourceLang)) {
                            sources.add(form);
                        } else if (lang != null && (target == null || lang.equalsIgnoreCase(target))) {
                            target = lang;
                            targets.add(form);
                        }
                    }
                    form = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (xml.getLocalName()) {
                case "langSet", "langSec" -> lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                case "tig", "ntig", "termSec" -> form = new TermForm();
                case "term" -> {
                    if (form == null) {
                        form = new TermForm();
                    }
                    form.text = xml.getElementText().strip();
                    depth--;
                }
                case "termNote" -> {
                    String type = xml.getAttributeValue(null, "type");
                    String value = xml.getElementText().strip();
                    depth--;
                    if (form != null) {
                        applyNote(form, type, value);
                    }
                }
                case "note", "descrip" -> {
                    String type = xml.getAttributeValue(null, "type");
                    String value = xml.getElementText().strip();
                    depth--;
                    if (form == null && (type == null || type.equals("definition")) && note == null) {
                        note = value;
                    }
                }
                default -> {
                }
            }
        }
        List<TermForm> admitted = targets.stream().filter(t -> !t.deprecated).toList();
        List<String> forbidden = targets.stream().filter(t -> t.deprecated).map(t -> t.text).toList();
        for (TermForm s : sources) {
            if (admitted.isEmpty() && !s.doNotTranslate) {
                throw new GlossaryFormatException("the entry for '" + s.text + "' has no admitted "
                        + (target == null ? "target" : target) + " term", line, null);
            }
            for (TermForm t : admitted.isEmpty() ? List.of(s) : admitted) {
                terms.add(new GlossaryTerm(0, null, sourceLang, target == null ? sourceLang : target, s.text, t.text,
                        s.partOfSpeech, note, forbidden, s.caseSensitive, s.doNotTranslate));
            }
        }
        return target;
    }

    private static void applyNote(TermForm form, String type, String value) {
        if (type == null) {
            return;
        }
        switch (type) {
            case "partOfSpeech" -> {
                try {
                    form.partOfSpeech = PartOfSpeech.parse(value);
                } catch (IllegalArgumentException e) {
                    form.partOfSpeech = PartOfSpeech.OTHER;
                }
            }
            case "administrativeStatus", "normativeAuthorization" -> form.deprecated =
                    value.toLowerCase(Locale.ROOT).startsWith("deprecated")
                    || value.toLowerCase(Locale.ROOT).startsWith("superseded");
            case "x-caseSensitive" -> form.caseSensitive = value.equalsIgnoreCase("yes");
            case "x-doNotTranslate" -> form.doNotTranslate = value.equalsIgnoreCase("yes");
            default -> {
            }
        }
    }
}
