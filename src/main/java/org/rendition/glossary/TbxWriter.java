package org.rendition.glossary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rendition.text.XmlMarkup;

/**
 * Writes concepts as TBX in the edition and dialect of the file they came from ({@link TbxFrame}:
 * its root, header and back matter as they were), one entry per concept, one language section per
 * language, one term section per term. What the reader kept as markup (each field, each entry's,
 * section's and term's start tag, each {@code <term>}) goes out as it came in, so the file comes
 * back whole; what Rendition made (a CSV glossary's concepts) is written from its parts, as
 * TBX-Basic 2019 unless the frame says otherwise.
 *
 * <p>Written by hand rather than with an XMLStreamWriter because kept markup must go out unescaped.
 */
public final class TbxWriter {
    private final Writer out;
    private final TbxFrame frame;
    private final Set<String> ids = new HashSet<>();
    private int written;

    private TbxWriter(Writer out, TbxFrame frame) {
        this.out = out;
        this.frame = frame;
    }

    /** Writes {@code concepts} as TBX-Basic 2019; {@code lang} is the file's main language (its root xml:lang). */
    public static void write(OutputStream out, String lang, List<Concept> concepts) throws IOException {
        write(out, new TbxReader.Termbase(TbxFrame.rendition(lang), concepts));
    }

    /** Writes the concepts of {@code termbase} inside its frame. */
    public static void write(OutputStream stream, TbxReader.Termbase termbase) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        new TbxWriter(out, termbase.frame()).document(termbase.concepts());
        out.flush();
    }

    private void document(List<Concept> concepts) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (frame.prolog() != null) {
            out.write(frame.prolog());
        }
        out.write(frame.rootTag());
        out.write("\n");
        if (frame.header() != null) {
            out.write(frame.header());
            out.write("\n");
        }
        out.write(frame.textTag());
        out.write(frame.bodyTag());
        out.write("\n");
        for (Concept concept : concepts) {
            concept(concept);
        }
        out.write("</body>");
        if (frame.back() != null) {
            out.write(frame.back());
        }
        out.write("</text>\n</" + frame.rootElement() + ">\n");
    }

    private void concept(Concept concept) throws IOException {
        written++;
        String element = frame.conceptElement();
        String id = concept.conceptId();
        if (id != null && ids.add(id)) {
            out.write(startTag(concept.tag(), element, id));
        } else if (id == null && concept.tag() != null) {
            // A TBX 2008 entry may have no id, and gets none it did not have.
            out.write(renamed(concept.tag(), element));
        } else {
            // An entry needs an id of its own; two glossaries may both have a c1.
            String fresh = "c" + written;
            while (!ids.add(fresh)) {
                fresh = "c" + written + "-" + ids.size();
            }
            out.write("<" + element + " id=\"" + fresh + "\">");
        }
        out.write("\n");
        fields(concept.fields().stream().filter(f -> f.lang() == null).toList());
        for (String lang : sections(concept)) {
            TermField section = concept.fields().stream()
                    .filter(f -> f.kind() == TermField.Kind.SECTION && lang.equals(f.lang())).findFirst().orElse(null);
            if (section != null && section.markup() != null) {
                out.write(renamed(section.markup(), frame.sectionElement()));
            } else {
                StringBuilder tag = new StringBuilder("<" + frame.sectionElement() + " xml:lang=\"");
                XmlMarkup.escapeAttribute(lang, tag);
                out.write(tag.append("\">").toString());
            }
            out.write("\n");
            fields(concept.fields().stream().filter(f -> lang.equals(f.lang())).toList());
            for (ConceptTerm term : concept.terms()) {
                if (term.lang().equals(lang)) {
                    term(term);
                }
            }
            out.write("</" + frame.sectionElement() + ">\n");
        }
        out.write("</" + element + ">\n");
    }

    /** The languages of a concept's sections: as the file ordered them, then any only its terms name. */
    private static List<String> sections(Concept concept) {
        List<String> langs = new ArrayList<>();
        concept.fields().stream().filter(f -> f.kind() == TermField.Kind.SECTION).map(TermField::lang)
                .forEach(l -> addOnce(langs, l));
        concept.terms().forEach(t -> addOnce(langs, t.lang()));
        concept.fields().stream().map(TermField::lang).filter(Objects::nonNull).forEach(l -> addOnce(langs, l));
        return langs;
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** The kept start tag under this edition's element name, or a new one with {@code id}. */
    private static String startTag(String kept, String element, String id) {
        if (kept != null && kept.contains(" id=\"" + escaped(id) + "\"")) {
            return renamed(kept, element);
        }
        return "<" + element + " id=\"" + escaped(id) + "\">";
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        XmlMarkup.escapeAttribute(value, out);
        return out.toString();
    }

    /** A start tag under another name: a TBX 2008 {@code langSet} in a 2019 file becomes a {@code langSec}. */
    private static String renamed(String tag, String element) {
        int end = 1;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>'
                && tag.charAt(end) != '/') {
            end++;
        }
        return "<" + element + tag.substring(end);
    }

    private void term(ConceptTerm term) throws IOException {
        // A TBX 2008 ntig keeps its term and term notes in a termGrp, which the 2019 termSec does not have.
        boolean group = term.termMarkup() != null && term.termMarkup().startsWith("<termGrp");
        boolean ntig = group && frame.legacy() && term.tag() != null && term.tag().startsWith("<ntig");
        String element = ntig ? "ntig" : frame.termElement();
        out.write(term.tag() == null ? "<" + element + ">" : renamed(term.tag(), element));
        if (ntig) {
            out.write(term.termMarkup());
        } else if (group) {
            String markup = term.termMarkup();
            out.write(markup.substring(markup.indexOf('>') + 1, markup.lastIndexOf("</")));
        } else if (term.termMarkup() != null) {
            out.write(term.termMarkup());
        } else {
            out.write(element("term", null, term.text()));
        }
        TbxTermNotes notes = new TbxTermNotes(term, frame.legacy(), group);
        List<TermField> fields = term.fields();
        int lastNote = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).kind() == TermField.Kind.TERM_NOTE) {
                lastNote = i;
            }
        }
        if (lastNote < 0) {
            out.write(notes.missing());
        }
        for (int i = 0; i < fields.size(); i++) {
            TermField f = fields.get(i);
            out.write(f.kind() == TermField.Kind.TERM_NOTE ? notes.written(f) : field(f));
            if (i == lastNote) {
                out.write(notes.missing());
            }
        }
        out.write("</" + element + ">\n");
    }

    private void fields(List<TermField> fields) throws IOException {
        for (TermField f : fields) {
            if (f.kind() != TermField.Kind.SECTION) {
                out.write(field(f));
                out.write("\n");
            }
        }
    }

    /** A field as the file wrote it, or from its parts when Rendition made it. */
    static String field(TermField f) {
        if (f.markup() != null) {
            return f.markup();
        }
        return switch (f.kind()) {
            case DESCRIP -> f.source() == null ? element("descrip", f.type(), f.value())
                    : "<descripGrp>" + element("descrip", f.type(), f.value()) + element("admin", "source", f.source())
                    + "</descripGrp>";
            case NOTE -> element("note", null, f.value());
            case ADMIN -> element("admin", f.type(), f.value());
            case TERM_NOTE -> element("termNote", f.type(), f.value());
            case XREF -> "<xref" + attribute("type", f.type()) + attribute("target", f.target()) + ">"
                    + text(f.value()) + "</xref>";
            case TRANSACTION -> "<transacGrp>" + element("transac", "transactionType", f.type() == null ? "" : f.type())
                    + (f.date() == null ? "" : element("date", null, f.date()))
                    + (f.by() == null ? "" : "<transacNote type=\"responsibility\"" + attribute("target", f.target())
                    + ">" + text(f.by()) + "</transacNote>") + "</transacGrp>";
            case SECTION, OTHER -> "";
        };
    }

    static String element(String name, String type, String value) {
        return "<" + name + attribute("type", type) + ">" + text(value) + "</" + name + ">";
    }

    private static String attribute(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + escaped(value) + "\"";
    }

    private static String text(String value) {
        StringBuilder out = new StringBuilder();
        XmlMarkup.escapeText(value, out);
        return out.toString();
    }
}
