package org.rendition.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX 1.4b as a stream, one {@link TmEntry} per target language of each translation
 * unit, so a large file never sits in memory.
 *
 * <p>Kept: tuid, creation and change id/date, every other tu attribute, props and notes in
 * order, and Rendition's own {@code x-rendition-origin} and {@code x-rendition-document}
 * props. Inline codes ({@code bpt}, {@code ept}, {@code ph}, {@code it}) are dropped and the
 * text of {@code hi}/{@code sub} kept, so a segment becomes plain text; tuv-level attributes
 * other than the language are not kept.
 */
public final class TmxReader {
    static final String ORIGIN_PROP = "x-rendition-origin";
    static final String DOCUMENT_PROP = "x-rendition-document";
    static final Set<String> TU_FIELDS = Set.of("tuid", "creationid", "creationdate", "changeid",
            "changedate", "srclang");
    private static final Set<String> INLINE_CODES = Set.of("bpt", "ept", "ph", "it", "ut");

    private final String fallbackUser;
    private final Instant fallbackTime;

    /**
     * @param fallbackUser who a unit without {@code creationid} is recorded as created by
     * @param fallbackTime when a unit without {@code creationdate} is recorded as created
     */
    public TmxReader(String fallbackUser, Instant fallbackTime) {
        this.fallbackUser = fallbackUser;
        this.fallbackTime = fallbackTime;
    }

    public void read(Path file, Consumer<TmEntry> consumer) throws IOException, TmxFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, consumer);
        }
    }

    public void read(InputStream in, Consumer<TmEntry> consumer) throws TmxFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // TMX needs no DTD or external entities; refusing them keeps a hostile file inert.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            String headerSource = null;
            boolean sawTmx = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "tmx" -> sawTmx = true;
                    case "header" -> headerSource = xml.getAttributeValue(null, "srclang");
                    case "tu" -> {
                        if (!sawTmx) {
                            throw new TmxFormatException("a <tu> appears outside a <tmx> document",
                                    xml.getLocation().getLineNumber(), null);
                        }
                        readUnit(xml, headerSource).forEach(consumer);
                    }
                    default -> {
                    }
                }
            }
            if (!sawTmx) {
                throw new TmxFormatException("this is not a TMX file (no <tmx> element)",
                        xml.getLocation().getLineNumber(), null);
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String reason = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int cut = reason.indexOf("Message: ");
            throw new TmxFormatException("malformed XML: " + (cut >= 0 ? reason.substring(cut + 9) : reason),
                    line, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader that already failed has nothing left to report.
                }
            }
        }
    }

    private record Variant(String lang, String text) {
    }

    private List<TmEntry> readUnit(XMLStreamReader xml, String headerSource)
            throws XMLStreamException, TmxFormatException {
        int line = xml.getLocation().getLineNumber();
        String tuid = xml.getAttributeValue(null, "tuid");
        String createdBy = xml.getAttributeValue(null, "creationid");
        Instant created = date(xml.getAttributeValue(null, "creationdate"), line);
        String changedBy = xml.getAttributeValue(null, "changeid");
        Instant changed = date(xml.getAttributeValue(null, "changedate"), line);
        String unitSource = xml.getAttributeValue(null, "srclang");
        List<TmProperty> properties = new ArrayList<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (!TU_FIELDS.contains(name)) {
                properties.add(new TmProperty(TmProperty.Kind.ATTRIBUTE, name, null, xml.getAttributeValue(i)));
            }
        }
        Origin origin = Origin.HUMAN;
        String document = null;
        List<Variant> variants = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            int here = xml.getLocation().getLineNumber();
            switch (xml.getLocalName()) {
                case "prop" -> {
                    String type = xml.getAttributeValue(null, "type");
                    String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    String value = xml.getElementText();
                    if (ORIGIN_PROP.equals(type)) {
                        origin = origin(value, here);
                    } else if (DOCUMENT_PROP.equals(type)) {
                        document = value;
                    } else {
                        properties.add(new TmProperty(TmProperty.Kind.PROP, type, lang, value));
                    }
                }
                case "note" -> {
                    String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    properties.add(new TmProperty(TmProperty.Kind.NOTE, null, lang, xml.getElementText()));
                }
                case "tuv" -> variants.add(readVariant(xml, here));
                default -> {
                }
            }
        }
        String sourceLang = unitSource != null && !unitSource.equals("*all*") ? unitSource
                : headerSource != null && !headerSource.equals("*all*") ? headerSource
                : variants.isEmpty() ? null : variants.get(0).lang();
        Variant source = variants.stream().filter(v -> v.lang().equalsIgnoreCase(sourceLang)).findFirst()
                .orElseThrow(() -> new TmxFormatException("the translation unit"
                        + (tuid == null ? "" : " '" + tuid + "'") + " has no <tuv> in the source language "
                        + sourceLang, line, null));
        List<TmEntry> entries = new ArrayList<>();
        for (Variant target : variants) {
            if (target != source) {
                entries.add(new TmEntry(0, source.lang(), target.lang(), source.text(), target.text(), document,
                        tuid, createdBy == null ? fallbackUser : createdBy,
                        created == null ? fallbackTime : created, changedBy, changed, origin, properties));
            }
        }
        if (entries.isEmpty()) {
            throw new TmxFormatException("the translation unit" + (tuid == null ? "" : " '" + tuid + "'")
                    + " has no target-language <tuv>", line, null);
        }
        return entries;
    }

    private static Variant readVariant(XMLStreamReader xml, int line) throws XMLStreamException, TmxFormatException {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang == null) {
            lang = xml.getAttributeValue(null, "lang");
        }
        if (lang == null) {
            throw new TmxFormatException("a <tuv> has no xml:lang", line, null);
        }
        String text = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tuv")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("seg")) {
                text = segmentText(xml);
            }
        }
        if (text == null) {
            throw new TmxFormatException("a <tuv xml:lang=\"" + lang + "\"> has no <seg>", line, null);
        }
        return new Variant(lang, text);
    }

    private static String segmentText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int codeDepth = 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (INLINE_CODES.contains(xml.getLocalName())) {
                        codeDepth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0 && INLINE_CODES.contains(xml.getLocalName())) {
                        codeDepth--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (codeDepth == 0) {
                        text.append(xml.getText());
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static Instant date(String value, int line) throws TmxFormatException {
        if (value == null) {
            return null;
        }
        try {
            return TmxDates.parse(value);
        } catch (DateTimeParseException e) {
            throw new TmxFormatException("the date '" + value + "' is not in TMX form (YYYYMMDDThhmmssZ)", line, e);
        }
    }

    private static Origin origin(String value, int line) throws TmxFormatException {
        try {
            return Origin.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new TmxFormatException("unknown " + ORIGIN_PROP + " '" + value + "'", line, e);
        }
    }
}
