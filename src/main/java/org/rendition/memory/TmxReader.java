package org.rendition.memory;

import java.io.BufferedInputStream;
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
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rendition.text.LanguageTag;
import org.rendition.text.SafeXml;
import org.rendition.text.XmlCharacters;
import org.rendition.text.XmlMarkup;

/**
 * Reads TMX 1.4b as a stream, one {@link TmEntry} per target language of each translation
 * unit, so a file of millions of units never sits in memory.
 *
 * <p>Kept: the header ({@link TmxHeader}: every attribute, its notes, props and user-defined
 * entities), tuid, creation and change id/date, every other tu attribute (usagecount,
 * lastusagedate, datatype …), props and notes in order, the attributes, props and notes of each
 * {@code <tuv>} (as {@link TmProperty.Scope#SOURCE SOURCE} or {@link TmProperty.Scope#TARGET
 * TARGET} properties), inline tags ({@code bpt ept ph it ut hi}, with any {@code sub} inside
 * their markup) and the language tags exactly as written. A unit without its own creation or
 * change id/date takes its target variant's (OmegaT writes them there).
 * Rendition's own {@code x-rendition-origin} and {@code x-rendition-document} props become
 * fields. The source variant is the one whose language matches the unit's or the header's
 * srclang by language and script, so {@code EN-GB} variants under an {@code en-US} header are
 * found.
 *
 * <p>A unit that cannot be used (no source variant, no target, an unreadable date) is skipped
 * and reported as a {@link TmxWarning} naming its line; only a file that is not well-formed XML
 * or not TMX at all is refused, with a {@link TmxFormatException} naming the line.
 */
public final class TmxReader {
    static final String ORIGIN_PROP = "x-rendition-origin";
    static final String DOCUMENT_PROP = "x-rendition-document";
    static final Set<String> TU_FIELDS = Set.of("tuid", "creationid", "creationdate", "changeid",
            "changedate", "srclang");
    private static final String ALL = "*all*";

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

    /**
     * Reads {@code file}, giving each entry to {@code consumer} and each skipped unit to
     * {@code warnings}.
     *
     * @return the file's header; one without attributes when the file has none
     */
    public TmxHeader read(Path file, Consumer<TmEntry> consumer, Consumer<TmxWarning> warnings)
            throws IOException, TmxFormatException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, consumer, warnings);
        }
    }

    /** Reads {@code in} (UTF-8 or UTF-16, as its byte-order mark or XML declaration says). */
    public TmxHeader read(InputStream in, Consumer<TmEntry> consumer, Consumer<TmxWarning> warnings)
            throws IOException, TmxFormatException {
        XMLStreamReader xml = null;
        try {
            XmlCharacters characters = XmlCharacters.of(in);
            xml = SafeXml.inputFactory().createXMLStreamReader(characters);
            String headerSource = null;
            TmxHeader header = new TmxHeader(List.of(), List.of());
            boolean sawTmx = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "tmx" -> sawTmx = true;
                    case "header" -> {
                        header = readHeader(xml);
                        headerSource = header.attribute("srclang").orElse(null);
                    }
                    case "tu" -> {
                        if (!sawTmx) {
                            throw new TmxFormatException("a <tu> appears outside a <tmx> document",
                                    xml.getLocation().getLineNumber(), null);
                        }
                        Unit unit = readUnit(xml);
                        try {
                            unit.entries(headerSource, fallbackUser, fallbackTime).forEach(consumer);
                        } catch (BadUnit e) {
                            warnings.accept(new TmxWarning(unit.line, e.getMessage()));
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!sawTmx) {
                throw new TmxFormatException("this is not a TMX file (no <tmx> element)",
                        xml.getLocation().getLineNumber(), null);
            }
            if (characters.replaced() > 0) {
                warnings.accept(new TmxWarning(characters.firstReplacedLine(), characters.repairNote(), false));
            }
            return header;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new TmxFormatException(SafeXml.reason(e), line, e);
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

    /** A unit that cannot become entries; the reader skips it and says why. */
    private static final class BadUnit extends Exception {
        BadUnit(String message) {
            super(message);
        }
    }

    /** A {@code <tuv>}: its language, segment, and its other attributes, props and notes (scope not yet known). */
    private record Variant(String lang, TaggedText text, List<TmProperty> properties) {
        /** The variant's own attribute {@code name}, or null. */
        String attribute(String name) {
            return properties.stream().filter(p -> p.kind() == TmProperty.Kind.ATTRIBUTE && name.equals(p.type()))
                    .map(TmProperty::value).findFirst().orElse(null);
        }
    }

    /** One {@code <tu>} as read, before it is checked. */
    private static final class Unit {
        int line;
        String tuid;
        String createdBy;
        String created;
        String changedBy;
        String changed;
        String sourceLang;
        String document;
        String origin;
        String problem;
        final List<TmProperty> properties = new ArrayList<>();
        final List<Variant> variants = new ArrayList<>();

        List<TmEntry> entries(String headerSource, String fallbackUser, Instant fallbackTime) throws BadUnit {
            String name = "the translation unit" + (tuid == null ? "" : " '" + tuid + "'");
            if (problem != null) {
                throw new BadUnit(name + " " + problem + "; it was skipped");
            }
            if (variants.size() < 2) {
                throw new BadUnit(name + " has " + (variants.isEmpty() ? "no <tuv>" : "only one <tuv>")
                        + ", so it holds no translation; it was skipped");
            }
            String wanted = sourceLang != null && !sourceLang.equals(ALL) ? sourceLang
                    : headerSource != null && !headerSource.equals(ALL) ? headerSource
                    : variants.get(0).lang();
            String wantedKey = LanguageTag.matchKey(wanted);
            Variant source = variants.stream().filter(v -> v.lang().equalsIgnoreCase(wanted)).findFirst()
                    .or(() -> variants.stream().filter(v -> LanguageTag.matchKey(v.lang()).equals(wantedKey))
                            .findFirst())
                    .orElseThrow(() -> new BadUnit(name + " has no <tuv> in the source language " + wanted
                            + "; it was skipped"));
            Origin from = origin(name);
            List<TmEntry> entries = new ArrayList<>();
            for (Variant target : variants) {
                if (target != source) {
                    // OmegaT writes who and when on the target <tuv>, not on the <tu>.
                    String by = createdBy != null ? createdBy : target.attribute("creationid");
                    Instant createdAt = date(created != null ? created : target.attribute("creationdate"), name);
                    String changer = changedBy != null ? changedBy : target.attribute("changeid");
                    Instant changedAt = date(changed != null ? changed : target.attribute("changedate"), name);
                    List<TmProperty> all = new ArrayList<>(properties);
                    source.properties().forEach(p -> all.add(p.in(TmProperty.Scope.SOURCE)));
                    target.properties().forEach(p -> all.add(p.in(TmProperty.Scope.TARGET)));
                    entries.add(new TmEntry(0, source.lang(), target.lang(), source.text().text(),
                            target.text().text(), document, tuid, by == null ? fallbackUser : by,
                            createdAt == null ? fallbackTime : createdAt, changer, changedAt, from, all,
                            source.text().tags(), target.text().tags()));
                }
            }
            return entries;
        }

        private Origin origin(String name) throws BadUnit {
            if (origin == null) {
                return Origin.HUMAN;
            }
            try {
                return Origin.valueOf(origin.strip());
            } catch (IllegalArgumentException e) {
                throw new BadUnit(name + " has an unknown " + ORIGIN_PROP + " '" + origin + "'; it was skipped");
            }
        }

        private static Instant date(String value, String name) throws BadUnit {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return TmxDates.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new BadUnit(name + " has the date '" + value
                        + "', which is not in TMX form (YYYYMMDDThhmmssZ); it was skipped");
            }
        }
    }

    /** The {@code <prop>} or {@code <note>} the reader stands on (of a header, unit or variant), read to its end tag. */
    private static TmProperty noteOrProp(XMLStreamReader xml) throws XMLStreamException {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        boolean prop = xml.getLocalName().equals("prop");
        String type = prop ? xml.getAttributeValue(null, "type") : null;
        return new TmProperty(prop ? TmProperty.Kind.PROP : TmProperty.Kind.NOTE, type, lang, xml.getElementText());
    }

    /** Reads the {@code <header>} the reader stands on, up to and including its end tag. */
    private static TmxHeader readHeader(XMLStreamReader xml) throws XMLStreamException {
        List<TmProperty> attributes = new ArrayList<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.add(TmProperty.attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i)));
        }
        List<TmProperty> content = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("header")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "prop", "note" -> content.add(noteOrProp(xml));
                // A user-defined entity and its maps: kept whole, as markup.
                case "ude" -> content.add(new TmProperty(TmProperty.Kind.UDE, xml.getAttributeValue(null, "name"),
                        null, XmlMarkup.copyElement(xml)));
                default -> XmlMarkup.copyElement(xml);
            }
        }
        return new TmxHeader(attributes, content);
    }

    private static Unit readUnit(XMLStreamReader xml) throws XMLStreamException {
        Unit unit = new Unit();
        unit.line = xml.getLocation().getLineNumber();
        unit.tuid = xml.getAttributeValue(null, "tuid");
        unit.createdBy = xml.getAttributeValue(null, "creationid");
        unit.created = xml.getAttributeValue(null, "creationdate");
        unit.changedBy = xml.getAttributeValue(null, "changeid");
        unit.changed = xml.getAttributeValue(null, "changedate");
        unit.sourceLang = xml.getAttributeValue(null, "srclang");
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (!TU_FIELDS.contains(name)) {
                unit.properties.add(new TmProperty(TmProperty.Kind.ATTRIBUTE, name, null, xml.getAttributeValue(i)));
            }
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "prop", "note" -> {
                    TmProperty p = noteOrProp(xml);
                    if (ORIGIN_PROP.equals(p.type())) {
                        unit.origin = p.value();
                    } else if (DOCUMENT_PROP.equals(p.type())) {
                        unit.document = p.value();
                    } else {
                        unit.properties.add(p);
                    }
                }
                case "tuv" -> readVariant(xml, unit);
                default -> {
                }
            }
        }
        return unit;
    }

    private static void readVariant(XMLStreamReader xml, Unit unit) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        // TMX 1.1–1.3 wrote a plain lang attribute.
        boolean plainLang = lang == null;
        if (plainLang) {
            lang = xml.getAttributeValue(null, "lang");
        }
        List<TmProperty> properties = new ArrayList<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            String namespace = xml.getAttributeNamespace(i);
            boolean isLang = name.equals("lang") && (XMLConstants.XML_NS_URI.equals(namespace)
                    || plainLang && (namespace == null || namespace.isEmpty()));
            if (!isLang) {
                properties.add(TmProperty.attribute(name, xml.getAttributeValue(i)));
            }
        }
        TaggedText text = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tuv")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "seg" -> text = TaggedText.read(xml);
                case "prop", "note" -> properties.add(noteOrProp(xml));
                default -> {
                }
            }
        }
        if (lang == null || lang.isBlank()) {
            unit.problem = unit.problem != null ? unit.problem : "has a <tuv> without xml:lang (line " + line + ")";
        } else if (text == null) {
            unit.problem = unit.problem != null ? unit.problem
                    : "has a <tuv xml:lang=\"" + lang + "\"> without <seg> (line " + line + ")";
        } else {
            unit.variants.add(new Variant(lang.strip(), text, properties));
        }
    }
}
