package org.rendition.glossary;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes concepts as TBX-Basic in its 2019 form (ISO 30042:2019, DCA style): one
 * {@code conceptEntry} per concept, one {@code langSec} per language, one {@code termSec} per
 * term, with every {@link TermField} where it was read, so {@link TbxReader} gives back the
 * same concepts. Status is written as {@code usageStatus}, TBX 2019's name for it.
 */
public final class TbxWriter {
    private static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";

    private final XMLStreamWriter xml;

    private TbxWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Writes {@code concepts}; {@code lang} is the file's main language (its root xml:lang). */
    public static void write(OutputStream out, String lang, List<Concept> concepts) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        new TbxWriter(xml).document(lang, concepts);
    }

    private void document(String lang, List<Concept> concepts) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "tbx");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("style", "dca");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        xml.writeCharacters("\n");
        xml.writeStartElement("tbxHeader");
        xml.writeStartElement("fileDesc");
        xml.writeStartElement("sourceDesc");
        text("p", null, "Exported by Rendition");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeStartElement("text");
        xml.writeStartElement("body");
        xml.writeCharacters("\n");
        Set<String> ids = new LinkedHashSet<>();
        int n = 0;
        for (Concept concept : concepts) {
            n++;
            String id = concept.conceptId() != null && ids.add(concept.conceptId()) ? concept.conceptId() : "c" + n;
            ids.add(id);
            concept(concept, id);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void concept(Concept concept, String id) throws XMLStreamException {
        xml.writeStartElement("conceptEntry");
        xml.writeAttribute("id", id);
        xml.writeCharacters("\n");
        fields(concept.fields().stream().filter(f -> f.lang() == null).toList());
        List<String> langs = new ArrayList<>();
        concept.fields().stream().map(TermField::lang).filter(Objects::nonNull).forEach(l -> addOnce(langs, l));
        concept.terms().forEach(t -> addOnce(langs, t.lang()));
        // Terms first decide the order of languages, as in the file; fields of a language go in its langSec.
        List<String> ordered = new ArrayList<>();
        concept.terms().forEach(t -> addOnce(ordered, t.lang()));
        langs.forEach(l -> addOnce(ordered, l));
        for (String lang : ordered) {
            xml.writeStartElement("langSec");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
            xml.writeCharacters("\n");
            fields(concept.fields().stream().filter(f -> lang.equals(f.lang())).toList());
            for (ConceptTerm term : concept.terms()) {
                if (term.lang().equals(lang)) {
                    term(term);
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private void term(ConceptTerm term) throws XMLStreamException {
        xml.writeStartElement("termSec");
        text("term", null, term.text());
        if (term.partOfSpeech() != PartOfSpeech.UNSPECIFIED
                && term.fields().stream().noneMatch(f -> f.is(TermField.Kind.TERM_NOTE, "partOfSpeech"))) {
            text("termNote", "partOfSpeech", term.partOfSpeech().tbxName());
        }
        for (TermField f : term.fields()) {
            if (f.kind() == TermField.Kind.TERM_NOTE) {
                text("termNote", f.type(), f.value());
            }
        }
        if (term.status() != TermStatus.UNSPECIFIED) {
            text("termNote", "usageStatus", usageStatus(term.status()));
        }
        if (term.caseSensitive()) {
            text("termNote", "x-caseSensitive", "yes");
        }
        if (term.doNotTranslate()) {
            text("termNote", "x-doNotTranslate", "yes");
        }
        fields(term.fields().stream().filter(f -> f.kind() != TermField.Kind.TERM_NOTE).toList());
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String usageStatus(TermStatus status) {
        return switch (status) {
            case PREFERRED -> "preferred";
            case ADMITTED -> "admitted";
            case DEPRECATED -> "notRecommended";
            case SUPERSEDED -> "obsolete";
            case UNSPECIFIED -> "";
        };
    }

    private void fields(List<TermField> fields) throws XMLStreamException {
        for (TermField f : fields) {
            switch (f.kind()) {
                case DESCRIP -> {
                    if (f.source() == null) {
                        text("descrip", f.type(), f.value());
                    } else {
                        xml.writeStartElement("descripGrp");
                        text("descrip", f.type(), f.value());
                        text("admin", "source", f.source());
                        xml.writeEndElement();
                    }
                }
                case NOTE -> text("note", null, f.value());
                case ADMIN -> text("admin", f.type(), f.value());
                case TERM_NOTE -> text("termNote", f.type(), f.value());
                case XREF -> {
                    xml.writeStartElement("xref");
                    attribute("type", f.type());
                    attribute("target", f.target());
                    xml.writeCharacters(f.value());
                    xml.writeEndElement();
                }
                case TRANSACTION -> {
                    xml.writeStartElement("transacGrp");
                    text("transac", "transactionType", f.type() == null ? "" : f.type());
                    if (f.date() != null) {
                        text("date", null, f.date());
                    }
                    if (f.by() != null) {
                        xml.writeStartElement("transacNote");
                        xml.writeAttribute("type", "responsibility");
                        attribute("target", f.target());
                        xml.writeCharacters(f.by());
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                default -> {
                }
            }
            xml.writeCharacters("\n");
        }
    }

    private void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }

    private void text(String element, String type, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        attribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
