package org.rendition.glossary;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.rendition.glossary.TbxDialect.Level;
import org.rendition.text.LanguageTag;
import org.rendition.text.RecordingXmlReader;
import org.rendition.text.SafeXml;
import org.rendition.text.XmlCharacters;
import org.rendition.text.XmlMarkup;

/**
 * Reads a termbase as concepts: TBX 2019 ({@code tbx}/{@code conceptEntry}/{@code langSec}/
 * {@code termSec}; TBX-Basic, TBX-Core, TBX-Min) and TBX 2008 ({@code martif}/
 * {@code termEntry}/{@code langSet}/{@code tig}/{@code ntig}).
 *
 * <p>Every concept keeps its id, its terms with status and part of speech, and its
 * definitions, contexts, subject fields, notes, sources, cross-references and history as
 * {@link TermField}s; every element keeps its markup (ids, attributes, inline markup, group
 * members Rendition does not interpret), and the file its header and back matter
 * ({@link TbxFrame}), so {@link TbxWriter} gives the same file back. A file that is not
 * well-formed, or breaks a rule of the dialect it declares ({@link TbxDialect}), is refused with a
 * {@link GlossaryFormatException} naming the line.
 */
public final class TbxReader {
    private static final Set<String> TEXT_IN_HEADER = Set.of("p", "title", "note");

    private RecordingXmlReader xml;
    private TbxDialect dialect;

    private TbxReader() {
    }

    /** The concepts of the file and what surrounds them. */
    public record Termbase(TbxFrame frame, List<Concept> concepts) {
        /** The language the root names (its xml:lang), if any. */
        public String lang() {
            return frame.lang();
        }
    }

    public static Termbase read(InputStream in) throws GlossaryFormatException {
        return new TbxReader().readAll(in);
    }

    private Termbase readAll(InputStream in) throws GlossaryFormatException {
        XMLInputFactory factory = SafeXml.inputFactory();
        try {
            // Decoded here, not by the parser: the JDK's parser prints "[Fatal Error]" on a bad byte.
            XmlCharacters characters = XmlCharacters.of(in);
            xml = new RecordingXmlReader(factory.createXMLStreamReader(characters));
            // The prolog is kept as markup (the schemas its xml-model instructions name matter to
            // whoever validates the export); a DOCTYPE is kept, never read.
            String prolog = prolog();
            String root = xml.getLocalName();
            if (!root.equals("martif") && !root.equals("tbx")) {
                throw refused("this is not a TBX file (its root is <" + root + ">)");
            }
            dialect = TbxDialect.of(root, xml.getAttributeValue(null, "type"));
            Termbase termbase = root(XmlMarkup.startTagWithNamespaces(xml), prolog);
            if (characters.replaced() > 0) {
                // A term is matched and enforced letter by letter: a guessed letter would be a wrong term.
                throw new GlossaryFormatException(characters.invalidBytes() + "; save the termbase again as "
                    + characters.charset(), characters.firstReplacedLine(), null);
            }
            return termbase;
        } catch (java.io.IOException e) {
            throw new GlossaryFormatException("it could not be read: " + e.getMessage(), -1, e);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new GlossaryFormatException(SafeXml.reason(e), line, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Nothing more to report about a reader that already failed.
                }
            }
        }
    }

    /** Reads up to the root element; what came before it, one item a line, or null when nothing did. */
    private String prolog() throws XMLStreamException {
        StringBuilder prolog = new StringBuilder();
        for (int event = xml.next(); event != XMLStreamConstants.START_ELEMENT; event = xml.next()) {
            switch (event) {
                case XMLStreamConstants.COMMENT -> prolog.append("<!--").append(xml.getText()).append("-->\n");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    String data = xml.getPIData();
                    prolog.append("<?").append(xml.getPITarget())
                            .append(data == null || data.isBlank() ? "" : " " + data.strip()).append("?>\n");
                }
                case XMLStreamConstants.DTD -> prolog.append(xml.getText().strip()).append('\n');
                default -> {
                    // whitespace between them: one item a line is written back
                }
            }
        }
        return prolog.isEmpty() ? null : prolog.toString();
    }

    private Termbase root(String rootTag, String prolog) throws XMLStreamException, GlossaryFormatException {
        List<Concept> concepts = new ArrayList<>();
        String header = null;
        String textTag = "<text>";
        String bodyTag = "<body>";
        StringBuilder back = new StringBuilder();
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("tbxHeader") || name.equals("martifHeader")) {
                header = header();
            } else if (name.equals("text")) {
                textTag = XmlMarkup.startTag(xml);
                while (nextChild()) {
                    String part = xml.getLocalName();
                    if (part.equals("body")) {
                        bodyTag = XmlMarkup.startTag(xml);
                        body(concepts);
                    } else if (dialect.checksCoreStructure() && !part.equals("back")) {
                        throw refused("<" + part + "> may not stand directly in <text>; only <body> and <back>");
                    } else {
                        back.append(xml.copy());
                    }
                }
            } else {
                xml.copy();
            }
        }
        // The rest of the document: nothing but comments and whitespace may follow the root.
        while (xml.hasNext()) {
            xml.next();
        }
        return new Termbase(new TbxFrame(rootTag, header, textTag, bodyTag, back.isEmpty() ? null : back.toString(),
                prolog),
                concepts);
    }

    private void body(List<Concept> concepts) throws XMLStreamException, GlossaryFormatException {
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("termEntry") || name.equals("conceptEntry")) {
                concepts.add(concept());
            } else {
                xml.copy();
            }
        }
    }

    private GlossaryFormatException refused(String why) {
        return new GlossaryFormatException(why, xml.getLocation().getLineNumber(), null);
    }

    /**
     * The header, as markup; it carries no terms. TBX 2019 wants its text in {@code <p>} elements,
     * apart from a title statement's {@code <title>} and {@code <note>}s.
     */
    private String header() throws XMLStreamException, GlossaryFormatException {
        int mark = xml.begin();
        int depth = 1;
        int paragraph = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (paragraph == 0 && TEXT_IN_HEADER.contains(xml.getLocalName())) {
                    paragraph = depth;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == paragraph) {
                    paragraph = 0;
                }
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && paragraph == 0 && dialect.checksCoreStructure()
                    && !xml.isWhiteSpace() && depth >= 2) {
                throw refused("text in the header must be inside a <p> element");
            }
        }
        return xml.end(mark);
    }

    private Concept concept() throws XMLStreamException, GlossaryFormatException {
        int line = xml.getLocation().getLineNumber();
        String id = xml.getAttributeValue(null, "id");
        String tag = XmlMarkup.startTag(xml);
        List<TermField> fields = new ArrayList<>();
        List<ConceptTerm> terms = new ArrayList<>();
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("langSet") || name.equals("langSec")) {
                String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                if (lang == null || lang.isBlank()) {
                    throw refused("a <" + name + "> has no xml:lang");
                }
                if (!LanguageTag.isKnownLanguage(lang)) {
                    throw refused("'" + lang + "' is not a known language code");
                }
                fields.add(new TermField(lang.strip(), TermField.Kind.SECTION, null, "", null, null, null, null,
                        XmlMarkup.startTag(xml)));
                languageSection(lang.strip(), fields, terms);
            } else {
                field(name, null, Level.CONCEPT, fields);
            }
        }
        if (terms.isEmpty()) {
            throw new GlossaryFormatException("the concept" + (id == null ? "" : " '" + id + "'") + " has no term",
                    line, null);
        }
        return new Concept(0, id, fields, terms, tag);
    }

    private void languageSection(String lang, List<TermField> fields, List<ConceptTerm> terms)
            throws XMLStreamException, GlossaryFormatException {
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("termSec") || name.equals("tig") || name.equals("ntig")) {
                terms.add(term(lang, name));
            } else {
                field(name, lang, Level.LANGUAGE, fields);
            }
        }
    }

    private static final class TermParts {
        String text;
        String termMarkup;
        TermStatus status = TermStatus.UNSPECIFIED;
        PartOfSpeech partOfSpeech = PartOfSpeech.UNSPECIFIED;
        boolean caseSensitive;
        boolean doNotTranslate;
        final List<TermField> fields = new ArrayList<>();
    }

    private ConceptTerm term(String lang, String element) throws XMLStreamException, GlossaryFormatException {
        String tag = XmlMarkup.startTag(xml);
        TermParts parts = new TermParts();
        termChildren(parts, element, true, parts.fields);
        if (parts.text == null || parts.text.isBlank()) {
            throw refused("a <" + element + "> in " + lang + " has no <term>");
        }
        return new ConceptTerm(lang, parts.text, parts.status, parts.partOfSpeech, parts.fields, parts.caseSensitive,
                parts.doNotTranslate, tag, parts.termMarkup);
    }

    /**
     * The children of a term's section, or of an {@code ntig}'s {@code termGrp}, whose term notes
     * are kept in the group's markup ({@code into} is then a list nobody keeps).
     */
    private void termChildren(TermParts parts, String element, boolean first, List<TermField> into)
            throws XMLStreamException, GlossaryFormatException {
        boolean firstChild = first;
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("term")) {
                if (parts.text != null && dialect.checksCoreStructure()) {
                    throw refused("a <termSec> holds one <term>; put the second in a <termSec> of its own");
                }
                int mark = xml.begin();
                parts.text = xml.text().strip();
                String markup = xml.end(mark);
                if (parts.termMarkup == null) {
                    parts.termMarkup = markup;
                }
            } else if (name.equals("termGrp")) {
                int mark = xml.begin();
                termChildren(parts, name, false, new ArrayList<>());
                parts.termMarkup = xml.end(mark);
            } else if (name.equals("termNote") || name.equals("termNoteGrp")) {
                if (firstChild && dialect.checksCoreStructure() && element.equals("termSec")) {
                    throw refused("<term> must come first in a <termSec>");
                }
                into.add(termNote(parts, name));
            } else {
                if (firstChild && dialect.checksCoreStructure() && element.equals("termSec")) {
                    throw refused("<term> must come first in a <termSec>, before <" + name + ">");
                }
                field(name, null, Level.TERM, into);
            }
            firstChild = false;
        }
    }

    /** A term note, or a group around one; its status, part of speech and flags go to {@code parts}. */
    private TermField termNote(TermParts parts, String element) throws XMLStreamException, GlossaryFormatException {
        int mark = xml.begin();
        String type = null;
        String value = "";
        if (element.equals("termNoteGrp")) {
            while (nextChild()) {
                if (xml.getLocalName().equals("termNote") && type == null) {
                    type = xml.getAttributeValue(null, "type");
                    value = interpretTermNote(parts, type);
                } else {
                    xml.copy();
                }
            }
        } else {
            type = xml.getAttributeValue(null, "type");
            value = interpretTermNote(parts, type);
        }
        return new TermField(null, TermField.Kind.TERM_NOTE, type, value, null, null, null, null, xml.end(mark));
    }

    private String interpretTermNote(TermParts parts, String type) throws XMLStreamException, GlossaryFormatException {
        String refusal = dialect.refuse("termNote", type, Level.TERM);
        if (refusal != null) {
            throw refused(refusal);
        }
        int line = xml.getLocation().getLineNumber();
        String value = xml.text().strip();
        String why = dialect.refuseTermNote(type, value);
        if (why != null) {
            throw new GlossaryFormatException(why, line, null);
        }
        switch (type == null ? "" : type) {
            case "partOfSpeech" -> parts.partOfSpeech = partOfSpeech(value);
            case "administrativeStatus", "usageStatus", "normativeAuthorization" -> parts.status = TermStatus.parse(value);
            case "x-caseSensitive" -> parts.caseSensitive = value.equalsIgnoreCase("yes");
            case "x-doNotTranslate" -> parts.doNotTranslate = value.equalsIgnoreCase("yes");
            default -> {
            }
        }
        return value;
    }

    /** A part of speech outside Rendition's list is {@link PartOfSpeech#OTHER}; its term note keeps the name. */
    static PartOfSpeech partOfSpeech(String value) {
        try {
            return PartOfSpeech.parse(value);
        } catch (IllegalArgumentException e) {
            return PartOfSpeech.OTHER;
        }
    }

    /** A concept-, language- or term-level field, kept whole; the reader stands on its start tag. */
    private void field(String name, String lang, Level level, List<TermField> into)
            throws XMLStreamException, GlossaryFormatException {
        String type = xml.getAttributeValue(null, "type");
        String refusal = dialect.refuse(name, type, level);
        if (refusal != null) {
            throw refused(refusal);
        }
        int mark = xml.begin();
        TermField read = switch (name) {
            case "descrip" -> new TermField(lang, TermField.Kind.DESCRIP, type, xml.text().strip(), null, null, null,
                    null);
            case "note" -> new TermField(lang, TermField.Kind.NOTE, null, xml.text().strip(), null, null, null, null);
            case "admin" -> new TermField(lang, TermField.Kind.ADMIN, type, xml.text().strip(), null, null, null, null);
            case "xref", "ref" -> {
                String target = xml.getAttributeValue(null, "target");
                yield new TermField(lang, TermField.Kind.XREF, type, xml.text().strip(), null, target, null, null);
            }
            case "descripGrp" -> descripGroup(lang, level);
            case "adminGrp" -> adminGroup(lang);
            case "transacGrp" -> transaction(lang);
            default -> {
                SafeXml.skipElement(xml);
                yield new TermField(lang, TermField.Kind.OTHER, name, "", null, null, null, null);
            }
        };
        String markup = xml.end(mark);
        into.add(new TermField(read.lang(), read.kind(), read.type(), read.value(), read.source(), read.target(),
                read.date(), read.by(), markup));
    }

    /** A definition or context with its source; what else the group holds stays in its markup. */
    private TermField descripGroup(String lang, Level level) throws XMLStreamException, GlossaryFormatException {
        String type = null;
        String value = null;
        String source = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            String childType = xml.getAttributeValue(null, "type");
            if (name.equals("descrip")) {
                if (value != null && dialect.checksCoreStructure()) {
                    throw refused("a <descripGrp> holds one <descrip>");
                }
                String refusal = dialect.refuse(name, childType, level);
                if (refusal != null) {
                    throw refused(refusal);
                }
                type = childType;
                value = xml.text().strip();
            } else if (name.equals("admin") && "source".equals(childType) && source == null) {
                source = xml.text().strip();
            } else {
                field(name, lang, Level.GROUP, new ArrayList<>());
            }
        }
        if (value != null) {
            return new TermField(lang, TermField.Kind.DESCRIP, type, value, source, null, null, null);
        }
        return new TermField(lang, TermField.Kind.ADMIN, "source", source == null ? "" : source, null, null, null,
                null);
    }

    /** An administrative value with what supports it; Rendition reads the first admin. */
    private TermField adminGroup(String lang) throws XMLStreamException, GlossaryFormatException {
        List<TermField> members = new ArrayList<>();
        while (nextChild()) {
            field(xml.getLocalName(), lang, Level.GROUP, members);
        }
        TermField first = members.stream().filter(f -> f.kind() == TermField.Kind.ADMIN).findFirst()
                .orElse(new TermField(lang, TermField.Kind.ADMIN, null, "", null, null, null, null));
        return new TermField(lang, TermField.Kind.ADMIN, first.type(), first.value(), null, null, null, null);
    }

    private TermField transaction(String lang) throws XMLStreamException, GlossaryFormatException {
        String kind = null;
        String date = null;
        String by = null;
        String target = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            String type = xml.getAttributeValue(null, "type");
            String why = dialect.refuseTransaction(name, type);
            if (why != null) {
                throw refused(why);
            }
            switch (name) {
                case "transac" -> kind = xml.text().strip();
                case "date" -> date = xml.text().strip();
                case "transacNote" -> {
                    target = xml.getAttributeValue(null, "target");
                    by = xml.text().strip();
                }
                default -> SafeXml.skipElement(xml);
            }
        }
        return new TermField(lang, TermField.Kind.TRANSACTION, kind, "", null, target, date, by);
    }

    /** Moves to the next child element, or past the parent's end tag (then false). */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }
}
