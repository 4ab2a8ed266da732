package org.rendition.documents;

import java.io.OutputStream;
import java.util.Locale;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a whole document as XLIFF 2.1 or 1.2 for a colleague's CAT tool (OmegaT, memoQ,
 * Trados): one unit (1.2: group) per paragraph, one segment (1.2: trans-unit) per sentence,
 * with its target and state, and the classification marking as a note of the file.
 *
 * <p>States: an untranslated segment is XLIFF's {@code initial} (1.2: {@code new}), a confirmed
 * one {@code final}, anything else {@code translated} (1.2: machine and fuzzy-memory targets
 * {@code needs-review-translation} with their {@code state-qualifier}). Rendition's own status
 * and memory score ride along (2.1: {@code subState="rendition:tm_fuzzy-87"}; 1.2: an
 * attribute in Rendition's namespace), so the document comes back as it went.
 */
public final class XliffWriter {
    /** Namespace of Rendition's extension attribute in XLIFF 1.2. */
    static final String RENDITION_NAMESPACE = "urn:rendition:xliff";
    static final String SUBSTATE_PREFIX = "rendition:";

    private XliffWriter() {
    }

    public static void write(XliffDocument document, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        String ns = document.version().namespace();
        xml.setDefaultNamespace(ns);
        xml.writeStartElement(ns, "xliff");
        xml.writeDefaultNamespace(ns);
        xml.writeAttribute("version", document.version().number());
        if (document.version() == XliffVersion.V2_1) {
            xml.writeAttribute("srcLang", document.sourceLang());
            xml.writeAttribute("trgLang", document.targetLang());
            file2(xml, document);
        } else {
            xml.setPrefix("r", RENDITION_NAMESPACE);
            xml.writeNamespace("r", RENDITION_NAMESPACE);
            file12(xml, document);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void file2(XMLStreamWriter xml, XliffDocument document) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("file");
        xml.writeAttribute("id", "f1");
        xml.writeAttribute("original", document.original());
        if (document.marking() != null) {
            xml.writeStartElement("notes");
            xml.writeStartElement("note");
            xml.writeAttribute("id", "marking");
            xml.writeAttribute("category", "marking");
            xml.writeCharacters(document.marking());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        byParagraph(xml, document, "unit", s -> {
            xml.writeStartElement("segment");
            xml.writeAttribute("id", "s" + (s.index() + 1));
            xml.writeAttribute("state", state2(s.status()));
            xml.writeAttribute("subState", subState(s));
            source(xml, document, s);
            if (!s.target().isEmpty()) {
                xml.writeStartElement("target");
                targetContent(xml, document, s);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static void file12(XMLStreamWriter xml, XliffDocument document) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("file");
        xml.writeAttribute("original", document.original());
        xml.writeAttribute("source-language", document.sourceLang());
        xml.writeAttribute("target-language", document.targetLang());
        xml.writeAttribute("datatype", "plaintext");
        if (document.marking() != null) {
            xml.writeStartElement("header");
            xml.writeStartElement("note");
            xml.writeAttribute("from", "marking");
            xml.writeCharacters(document.marking());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeStartElement("body");
        byParagraph(xml, document, "group", s -> {
            xml.writeStartElement("trans-unit");
            xml.writeAttribute("id", "s" + (s.index() + 1));
            xml.writeAttribute("approved", s.status() == SegmentStatus.CONFIRMED ? "yes" : "no");
            xml.writeAttribute(RENDITION_NAMESPACE, "status", subState(s).substring(SUBSTATE_PREFIX.length()));
            xml.writeAttribute(XMLConstants.XML_NS_URI, "space", "preserve");
            source(xml, document, s);
            if (!s.target().isEmpty()) {
                xml.writeStartElement("target");
                xml.writeAttribute("state", state12(s.status()));
                String qualifier = qualifier12(s.status());
                if (qualifier != null) {
                    xml.writeAttribute("state-qualifier", qualifier);
                }
                targetContent(xml, document, s);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Writes one segment's element. */
    @FunctionalInterface
    private interface SegmentElement {
        void write(Segment segment) throws XMLStreamException;
    }

    /**
     * Writes the segments, each paragraph's in an element of its own ({@code unit} in XLIFF 2,
     * {@code group} in 1.2) with the id {@code p1}, {@code p2} …, so a merge puts them back in place.
     */
    private static void byParagraph(XMLStreamWriter xml, XliffDocument document, String paragraphElement,
                                    SegmentElement each) throws XMLStreamException {
        int paragraph = -1;
        for (Segment s : document.segments()) {
            if (s.paragraph() != paragraph) {
                if (paragraph >= 0) {
                    xml.writeEndElement();
                }
                paragraph = s.paragraph();
                xml.writeCharacters("\n");
                xml.writeStartElement(paragraphElement);
                xml.writeAttribute("id", "p" + (paragraph + 1));
            }
            xml.writeCharacters("\n  ");
            each.write(s);
        }
        if (paragraph >= 0) {
            xml.writeEndElement();
        }
    }

    /**
     * The target with the tags placed in it, each code with its source code's id; where nobody
     * placed them, each by its share of the sentence, so the colleague's tool shows every tag.
     */
    private static void targetContent(XMLStreamWriter xml, XliffDocument document, Segment s)
            throws XMLStreamException {
        List<InlineTag> sourceTags = document.tagsOf(s.index());
        List<InlineTag> placed = s.targetTags().orElseGet(() -> sourceTags.stream()
                .map(tag -> TagProjection.byPosition(s.source(), tag, s.target())).toList());
        XliffInline.writeTarget(xml, document.version(), s.target(), s.source(), sourceTags, placed,
                "s" + (s.index() + 1) + "t");
    }

    /** The source with its inline tags; ids are the segment's id and a count, unique within the unit. */
    private static void source(XMLStreamWriter xml, XliffDocument document, Segment s) throws XMLStreamException {
        xml.writeStartElement("source");
        XliffInline.write(xml, document.version(), s.source(), document.tagsOf(s.index()), "s" + (s.index() + 1) + "t");
        xml.writeEndElement();
    }

    static String subState(Segment s) {
        String status = s.status().name().toLowerCase(Locale.ROOT);
        return SUBSTATE_PREFIX + (s.tmScore() > 0 ? status + "-" + s.tmScore() : status);
    }

    private static String state2(SegmentStatus status) {
        return switch (status) {
            case UNTRANSLATED -> "initial";
            case CONFIRMED -> "final";
            default -> "translated";
        };
    }

    private static String state12(SegmentStatus status) {
        return switch (status) {
            case UNTRANSLATED -> "new";
            case CONFIRMED -> "final";
            case MACHINE, MACHINE_REPAIRED, TM_FUZZY -> "needs-review-translation";
            default -> "translated";
        };
    }

    private static String qualifier12(SegmentStatus status) {
        return switch (status) {
            case MACHINE, MACHINE_REPAIRED -> "mt-suggestion";
            case TM_EXACT -> "exact-match";
            case TM_FUZZY -> "fuzzy-match";
            default -> null;
        };
    }
}
