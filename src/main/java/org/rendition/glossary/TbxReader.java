package org.rendition.glossary;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rendition.glossary.TbxDialect.Level;
import org.rendition.text.LanguageTag;
import org.rendition.text.SafeXml;

/**
 * Reads a termbase as concepts: TBX 2019 ({@code tbx}/{@code conceptEntry}/{@code langSec}/
 * {@code termSec}; TBX-Basic, TBX-Core, TBX-Min) and TBX 2008 ({@code martif}/
 * {@code termEntry}/{@code langSet}/{@code tig}/{@code ntig}).
 *
 * <p>Every concept keeps its id, its terms with status and part of speech, and its
 * definitions, contexts, subject fields, notes, sources, cross-references and history as
 * {@link TermField}s. A file that is not well-formed, or breaks a rule of the dialect it
 * declares ({@link TbxDialect}), is refused with a {@link GlossaryFormatException} naming the line.
 */
public final class TbxReader {
    private XMLStreamReader xml;
    private TbxDialect dialect;

    private TbxReader() {
    }

    /** The concepts of the file, and the language its root names (its xml:lang), if any. */
    public record Termbase(String lang, List<Concept> concepts) {
    }

    public static Termbase read(InputStream in) throws GlossaryFormatException {
        return new TbxReader().readAll(in);
    }

    private Termbase readAll(InputStream in) throws GlossaryFormatException {
        XMLInputFactory factory = SafeXml.inputFactory();
        List<Concept> concepts = new ArrayList<>();
        String lang = null;
        try {
            xml = factory.createXMLStreamReader(in);
            // Past the prolog: comments, processing instructions and a DOCTYPE, which is not read.
            while (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String root = xml.getLocalName();
            if (!root.equals("martif") && !root.equals("tbx")) {
                throw refused("this is not a TBX file (its root is <" + root + ">)");
            }
            dialect = TbxDialect.of(root, xml.getAttributeValue(null, "type"));
            lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            String parent = root;
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (name.equals("termEntry") || name.equals("conceptEntry")) {
                        concepts.add(concept());
                        depth--;
                    } else if (name.equals("tbxHeader") || name.equals("martifHeader")) {
                        header();
                        depth--;
                    } else if (dialect.checksCoreStructure() && parent.equals("text")
                            && !name.equals("body") && !name.equals("back")) {
                        throw refused("<" + name + "> may not stand directly in <text>; only <body> and <back>");
                    }
                    parent = name;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    parent = xml.getLocalName().equals("text") ? "tbx" : parent.equals(xml.getLocalName()) ? "" : parent;
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
        return new Termbase(lang, concepts);
    }

    private GlossaryFormatException refused(String why) {
        return new GlossaryFormatException(why, xml.getLocation().getLineNumber(), null);
    }

    /** The header carries no terms; TBX 2019 wants its text in {@code <p>} elements. */
    private void header() throws XMLStreamException, GlossaryFormatException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && dialect.checksCoreStructure() && !xml.isWhiteSpace()
                    && depth >= 2) {
                throw refused("text in the header must be inside a <p> element");
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("p")) {
                xml.getElementText();
                depth--;
            }
        }
    }

    private Concept concept() throws XMLStreamException, GlossaryFormatException {
        int line = xml.getLocation().getLineNumber();
        String id = xml.getAttributeValue(null, "id");
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
                languageSection(lang.strip(), fields, terms);
            } else {
                field(name, null, Level.CONCEPT, fields);
            }
        }
        if (terms.isEmpty()) {
            throw new GlossaryFormatException("the concept" + (id == null ? "" : " '" + id + "'") + " has no term",
                    line, null);
        }
        return new Concept(0, id, fields, terms);
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
        TermStatus status = TermStatus.UNSPECIFIED;
        PartOfSpeech partOfSpeech = PartOfSpeech.UNSPECIFIED;
        boolean caseSensitive;
        boolean doNotTranslate;
        final List<TermField> fields = new ArrayList<>();
    }

    private ConceptTerm term(String lang, String element) throws XMLStreamException, GlossaryFormatException {
        TermParts parts = new TermParts();
        termChildren(parts, element, true);
        if (parts.text == null || parts.text.isBlank()) {
            throw refused("a <" + element + "> in " + lang + " has no <term>");
        }
        return new ConceptTerm(lang, parts.text, parts.status, parts.partOfSpeech, parts.fields, parts.caseSensitive,
                parts.doNotTranslate);
    }

    private void termChildren(TermParts parts, String element, boolean first)
            throws XMLStreamException, GlossaryFormatException {
        boolean firstChild = first;
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("term")) {
                if (parts.text != null && dialect.checksCoreStructure()) {
                    throw refused("a <termSec> holds one <term>; put the second in a <termSec> of its own");
                }
                parts.text = xml.getElementText().strip();
            } else if (name.equals("termGrp") || name.equals("termNoteGrp")) {
                termChildren(parts, name, false);
            } else if (name.equals("termNote")) {
                if (firstChild && dialect.checksCoreStructure() && element.equals("termSec")) {
                    throw refused("<term> must come first in a <termSec>");
                }
                termNote(parts, xml.getAttributeValue(null, "type"));
            } else {
                if (firstChild && dialect.checksCoreStructure() && element.equals("termSec")) {
                    throw refused("<term> must come first in a <termSec>, before <" + name + ">");
                }
                field(name, null, Level.TERM, parts.fields);
            }
            firstChild = false;
        }
    }

    private void termNote(TermParts parts, String type) throws XMLStreamException, GlossaryFormatException {
        String refusal = dialect.refuse("termNote", type, Level.TERM);
        if (refusal != null) {
            throw refused(refusal);
        }
        int line = xml.getLocation().getLineNumber();
        String value = xml.getElementText().strip();
        String why = dialect.refuseTermNote(type, value);
        if (why != null) {
            throw new GlossaryFormatException(why, line, null);
        }
        switch (type == null ? "" : type) {
            case "partOfSpeech" -> {
                try {
                    parts.partOfSpeech = PartOfSpeech.parse(value);
                } catch (IllegalArgumentException e) {
                    parts.partOfSpeech = PartOfSpeech.OTHER;
                    parts.fields.add(new TermField(null, TermField.Kind.TERM_NOTE, type, value, null, null, null, null));
                }
            }
            case "administrativeStatus", "usageStatus", "normativeAuthorization" -> parts.status = TermStatus.parse(value);
            case "x-caseSensitive" -> parts.caseSensitive = value.equalsIgnoreCase("yes");
            case "x-doNotTranslate" -> parts.doNotTranslate = value.equalsIgnoreCase("yes");
            default -> parts.fields.add(new TermField(null, TermField.Kind.TERM_NOTE, type, value, null, null, null,
                    null));
        }
    }

    /** A concept-, language- or term-level field; the reader stands on its start tag. */
    private void field(String name, String lang, Level level, List<TermField> into)
            throws XMLStreamException, GlossaryFormatException {
        String type = xml.getAttributeValue(null, "type");
        String refusal = dialect.refuse(name, type, level);
        if (refusal != null) {
            throw refused(refusal);
        }
        switch (name) {
            case "descrip" -> into.add(TermField.descrip(lang, type, xml.getElementText().strip(), null));
            case "note" -> into.add(TermField.note(lang, xml.getElementText().strip()));
            case "admin" -> into.add(new TermField(lang, TermField.Kind.ADMIN, type, xml.getElementText().strip(),
                    null, null, null, null));
            case "xref", "ref" -> {
                String target = xml.getAttributeValue(null, "target");
                into.add(new TermField(lang, TermField.Kind.XREF, type, xml.getElementText().strip(), null, target,
                        null, null));
            }
            case "descripGrp" -> descripGroup(lang, level, into);
            case "adminGrp" -> {
                while (nextChild()) {
                    field(xml.getLocalName(), lang, Level.GROUP, into);
                }
            }
            case "transacGrp" -> transaction(lang, into);
            default -> skip();
        }
    }

    private void descripGroup(String lang, Level level, List<TermField> into)
            throws XMLStreamException, GlossaryFormatException {
        String type = null;
        String value = null;
        String source = null;
        List<TermField> after = new ArrayList<>();
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
                value = xml.getElementText().strip();
            } else if (name.equals("admin") && "source".equals(childType) && source == null) {
                source = xml.getElementText().strip();
            } else {
                field(name, lang, Level.GROUP, after);
            }
        }
        if (value != null) {
            into.add(TermField.descrip(lang, type, value, source));
        } else if (source != null) {
            into.add(new TermField(lang, TermField.Kind.ADMIN, "source", source, null, null, null, null));
        }
        into.addAll(after);
    }

    private void transaction(String lang, List<TermField> into) throws XMLStreamException, GlossaryFormatException {
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
                case "transac" -> kind = xml.getElementText().strip();
                case "date" -> date = xml.getElementText().strip();
                case "transacNote" -> {
                    target = xml.getAttributeValue(null, "target");
                    by = xml.getElementText().strip();
                }
                default -> skip();
            }
        }
        into.add(new TermField(lang, TermField.Kind.TRANSACTION, kind, "", null, target, date, by));
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

    private void skip() throws XMLStreamException {
        SafeXml.skipElement(xml);
    }
}
