package org.rendition.memory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
        out.write("<header creationtool=\"Rendition\" creationtoolversion=\"0.1.0\" segtype=\"sentence\""
                + " o-tmf=\"Rendition\" adminlang=\"en\" srclang=\"" + attr(sourceLang == null ? "*all*" : sourceLang)
                + "\" datatype=\"plaintext\"/>\n<body>\n");
    }

    public void write(TmEntry entry) throws IOException {
        StringBuilder tu = new StringBuilder("<tu");
        attribute(tu, "tuid", entry.tuid());
        attribute(tu, "srclang", entry.sourceLang());
        attribute(tu, "creationid", entry.createdBy());
        attribute(tu, "creationdate", TmxDates.format(entry.created()));
        attribute(tu, "changeid", entry.changedBy());
        attribute(tu, "changedate", entry.changed() == null ? null : TmxDates.format(entry.changed()));
        for (TmProperty p : entry.properties()) {
            if (p.kind() == TmProperty.Kind.ATTRIBUTE && !TmxReader.TU_FIELDS.contains(p.type())) {
                attribute(tu, p.type(), p.value());
            }
        }
        tu.append(">\n");
        // TMX 1.4b orders a unit's children: notes and props first, then the variants.
        for (TmProperty p : entry.properties()) {
            if (p.kind() == TmProperty.Kind.NOTE) {
                element(tu, "note", null, p.lang(), p.value());
            } else if (p.kind() == TmProperty.Kind.PROP) {
                element(tu, "prop", p.type(), p.lang(), p.value());
            }
        }
        element(tu, "prop", TmxReader.ORIGIN_PROP, null, entry.origin().name());
        if (entry.document() != null) {
            element(tu, "prop", TmxReader.DOCUMENT_PROP, null, entry.document());
        }
        variant(tu, entry.sourceLang(), entry.taggedSource());
        variant(tu, entry.targetLang(), entry.taggedTarget());
        tu.append("</tu>\n");
        out.write(tu.toString());
    }

    private static void variant(StringBuilder tu, String lang, TaggedText text) {
        tu.append("  <tuv xml:lang=\"").append(attr(lang)).append("\"><seg>").append(text.toTmx())
                .append("</seg></tuv>\n");
    }

    private static void element(StringBuilder tu, String name, String type, String lang, String value) {
        tu.append("  <").append(name);
        attribute(tu, "type", type);
        attribute(tu, "xml:lang", lang);
        tu.append('>');
        Xml.escapeText(value, tu);
        tu.append("</").append(name).append(">\n");
    }

    private static void attribute(StringBuilder tu, String name, String value) {
        if (value != null) {
            tu.append(' ').append(name).append("=\"");
            Xml.escapeAttribute(value, tu);
            tu.append('"');
        }
    }

    private static String attr(String value) {
        StringBuilder out = new StringBuilder();
        Xml.escapeAttribute(value, out);
        return out.toString();
    }

    /** Ends the document and flushes it; the stream stays open for its owner to close. */
    @Override
    public void close() throws IOException {
        out.write("</body>\n</tmx>\n");
        out.flush();
    }
}
