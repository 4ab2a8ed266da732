package org.rendition.memory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rendition.text.XmlMarkup;

/**
 * Writes TMX 1.4b, one translation unit per entry, streaming. Everything {@link TmxReader}
 * keeps is written back (language tags as imported, inline tags as their original markup), so
 * reading the output gives the same entries.
 *
 * <p>Written by hand rather than with an XMLStreamWriter because inline tags are kept as
 * markup and must go out unescaped.
 */
public final class TmxWriter implements AutoCloseable {
    private final Writer out;

    /** Starts a TMX document; {@code sourceLang} is the header's srclang, or null for {@code *all*}. */
    public TmxWriter(OutputStream stream, String sourceLang) throws IOException {
        this(stream, TmxHeader.rendition(sourceLang));
    }

    /**
     * Starts a TMX document with {@code header}: its attributes in their order (any that TMX 1.4b
     * requires and it lacks taken from Rendition's own header), then its notes, props and
     * user-defined entities.
     */
    public TmxWriter(OutputStream stream, TmxHeader header) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
        head.append("<header");
        for (TmProperty a : header.attributes()) {
            attribute(head, a.type(), a.value());
        }
        for (TmProperty a : TmxHeader.rendition(null).attributes()) {
            if (header.attribute(a.type()).isEmpty()) {
                attribute(head, a.type(), a.value());
            }
        }
        if (header.content().isEmpty()) {
            head.append("/>\n");
        } else {
            head.append(">\n");
            for (TmProperty p : header.content()) {
                switch (p.kind()) {
                    case NOTE -> element(head, "note", null, p.lang(), p.value());
                    case PROP -> element(head, "prop", p.type(), p.lang(), p.value());
                    // Kept as the markup it was read as.
                    case UDE -> head.append("  ").append(p.value()).append('\n');
                    case ATTRIBUTE -> {
                    }
                }
            }
            head.append("</header>\n");
        }
        out.write(head.append("<body>\n").toString());
    }

    public void write(TmEntry entry) throws IOException {
        StringBuilder tu = new StringBuilder("<tu");
        attribute(tu, "tuid", entry.tuid());
        attribute(tu, "srclang", entry.sourceLang());
        // Who and when, unless the target variant says the same (OmegaT's way): reading takes them from there.
        String created = TmxDates.format(entry.created());
        String changed = entry.changed() == null ? null : TmxDates.format(entry.changed());
        attribute(tu, "creationid", unlessOnTarget(entry, "creationid", entry.createdBy()));
        attribute(tu, "creationdate", unlessOnTarget(entry, "creationdate", created));
        attribute(tu, "changeid", unlessOnTarget(entry, "changeid", entry.changedBy()));
        attribute(tu, "changedate", unlessOnTarget(entry, "changedate", changed));
        for (TmProperty p : entry.properties()) {
            if (p.scope() == TmProperty.Scope.UNIT && p.kind() == TmProperty.Kind.ATTRIBUTE
                    && !TmxReader.TU_FIELDS.contains(p.type())) {
                attribute(tu, p.type(), p.value());
            }
        }
        tu.append(">\n");
        // TMX 1.4b orders a unit's children: notes and props first, then the variants.
        notesAndProps(tu, entry, TmProperty.Scope.UNIT, "");
        element(tu, "prop", TmxReader.ORIGIN_PROP, null, entry.origin().name());
        if (entry.document() != null) {
            element(tu, "prop", TmxReader.DOCUMENT_PROP, null, entry.document());
        }
        variant(tu, entry, TmProperty.Scope.SOURCE, entry.sourceLang(), entry.taggedSource());
        variant(tu, entry, TmProperty.Scope.TARGET, entry.targetLang(), entry.taggedTarget());
        tu.append("</tu>\n");
        out.write(tu.toString());
    }

    /** {@code value}, or null when the target variant carries the same as attribute {@code name}. */
    private static String unlessOnTarget(TmEntry entry, String name, String value) {
        for (TmProperty p : entry.properties()) {
            if (p.scope() == TmProperty.Scope.TARGET && p.kind() == TmProperty.Kind.ATTRIBUTE
                    && name.equals(p.type()) && value != null && sameValue(name, p.value(), value)) {
                return null;
            }
        }
        return value;
    }

    private static boolean sameValue(String name, String written, String value) {
        if (!name.endsWith("date")) {
            return written.equals(value);
        }
        try {
            return TmxDates.parse(written.strip()).equals(TmxDates.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static void notesAndProps(StringBuilder out, TmEntry entry, TmProperty.Scope scope, String indent) {
        for (TmProperty p : entry.properties()) {
            if (p.scope() == scope && p.kind() == TmProperty.Kind.NOTE) {
                out.append(indent);
                element(out, "note", null, p.lang(), p.value());
            } else if (p.scope() == scope && p.kind() == TmProperty.Kind.PROP) {
                out.append(indent);
                element(out, "prop", p.type(), p.lang(), p.value());
            }
        }
    }

    private static void variant(StringBuilder tu, TmEntry entry, TmProperty.Scope scope, String lang,
                                TaggedText text) {
        tu.append("  <tuv xml:lang=\"").append(attr(lang)).append('"');
        boolean hasContent = false;
        for (TmProperty p : entry.properties()) {
            if (p.scope() == scope && p.kind() == TmProperty.Kind.ATTRIBUTE) {
                attribute(tu, p.type(), p.value());
            } else if (p.scope() == scope) {
                hasContent = true;
            }
        }
        tu.append('>');
        if (hasContent) {
            tu.append('\n');
            notesAndProps(tu, entry, scope, "  ");
            tu.append("    ");
        }
        tu.append("<seg>").append(text.toTmx()).append("</seg></tuv>\n");
    }

    private static void element(StringBuilder tu, String name, String type, String lang, String value) {
        tu.append("  <").append(name);
        attribute(tu, "type", type);
        attribute(tu, "xml:lang", lang);
        tu.append('>');
        XmlMarkup.escapeText(value, tu);
        tu.append("</").append(name).append(">\n");
    }

    private static void attribute(StringBuilder tu, String name, String value) {
        if (value != null) {
            tu.append(' ').append(name).append("=\"");
            XmlMarkup.escapeAttribute(value, tu);
            tu.append('"');
        }
    }

    private static String attr(String value) {
        StringBuilder out = new StringBuilder();
        XmlMarkup.escapeAttribute(value, out);
        return out.toString();
    }

    /** Ends the document and flushes it; the stream stays open for its owner to close. */
    @Override
    public void close() throws IOException {
        out.write("</body>\n</tmx>\n");
        out.flush();
    }
}
