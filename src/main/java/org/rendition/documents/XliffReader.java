package org.rendition.documents;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rendition.text.SafeXml;
import org.rendition.text.XmlCharacters;

/**
 * Reads a whole document back from XLIFF 2.x or 1.2, as {@link XliffWriter} wrote it or a
 * colleague's CAT tool returned it, so its targets can be merged into the document.
 *
 * <p>An XLIFF 2 file is first validated against the bundled OASIS schema. Inline codes inside
 * a source or target ({@code ph}, {@code pc}, {@code g}, {@code x} …) keep the text they
 * enclose; standalone codes are dropped. A segment's status is Rendition's own where the file
 * still carries it, unless the colleague finalised it; otherwise it follows XLIFF's state:
 * final (1.2 also signed-off) is confirmed, any other target is an edit.
 */
public final class XliffReader {
    private XliffReader() {
    }

    /** Reads the XLIFF file at {@code file}, within the size every document reader keeps to. */
    public static XliffDocument read(java.nio.file.Path file) throws DocumentException {
        return read(SourceFiles.readAll(file));
    }

    public static XliffDocument read(byte[] file) throws DocumentException {
        XMLInputFactory factory = SafeXml.inputFactory();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new java.io.StringReader(characters(file)));
            while (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!xml.getLocalName().equals("xliff")) {
                throw new DocumentException("This is not an XLIFF file: its root is <" + xml.getLocalName() + ">.");
            }
            String version = String.valueOf(attribute(xml, "version"));
            if (version.startsWith("2.")) {
                XliffSchemas.validate2(file);
                return new Reader(xml, XliffVersion.V2_1).read();
            }
            if (version.startsWith("1.")) {
                return new Reader(xml, XliffVersion.V1_2).read();
            }
            throw new DocumentException("XLIFF version '" + version + "' is not supported; export as XLIFF 2.1 or 1.2.");
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new DocumentException("The XLIFF file is not well-formed at line " + line + ": "
                    + String.valueOf(e.getMessage()).replaceFirst("(?s).*Message: ", "") + ".", e);
        }
    }

    /**
     * The file's characters in the encoding its declaration names, decoded here rather than by the
     * parser (which prints "[Fatal Error]" on a bad byte); a byte not valid in that encoding refuses
     * the file with its line, since a guessed letter would go into the document as a translation.
     */
    private static String characters(byte[] file) throws DocumentException {
        try (XmlCharacters characters = XmlCharacters.of(new ByteArrayInputStream(file))) {
            StringBuilder text = new StringBuilder(file.length);
            char[] buffer = new char[8192];
            for (int read = characters.read(buffer); read >= 0; read = characters.read(buffer)) {
                text.append(buffer, 0, read);
            }
            if (characters.replaced() > 0) {
                throw new DocumentException("The XLIFF file has " + characters.invalidBytes() + " (the first at line "
                    + characters.firstReplacedLine() + "); save it again as " + characters.charset() + " in the tool "
                    + "that wrote it.");
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new DocumentException("The XLIFF file could not be read: " + e.getMessage() + ".", e);
        }
    }

    /**
     * The XLIFF attribute {@code name} itself, never an extension's attribute of the same local
     * name: StAX's {@code getAttributeValue(null, name)} matches any namespace, and tools such as
     * Okapi and Matecat put {@code its:version="2.0"} beside {@code version="1.2"} on the root.
     */
    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** One pass over the file. */
    private static final class Reader {
        private final XMLStreamReader xml;
        private final XliffVersion version;
        private String original = "";
        private String sourceLang;
        private String targetLang;
        private String marking;
        private final List<Segment> segments = new ArrayList<>();
        private final List<List<InlineTag>> sourceTags = new ArrayList<>();
        private List<InlineTag> pendingTags = List.of();
        private List<String> pendingIds = List.of();
        private int paragraph = -1;

        Reader(XMLStreamReader xml, XliffVersion version) {
            this.xml = xml;
            this.version = version;
            sourceLang = attribute(xml, "srcLang");
            targetLang = attribute(xml, "trgLang");
        }

        XliffDocument read() throws XMLStreamException, DocumentException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("group")) {
                    groupOpen = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "file" -> {
                        original = orElse(attribute(xml, "original"), original);
                        sourceLang = orElse(attribute(xml, "source-language"), sourceLang);
                        targetLang = orElse(attribute(xml, "target-language"), targetLang);
                    }
                    case "note" -> {
                        String kind = version == XliffVersion.V2_1 ? attribute(xml, "category")
                                : attribute(xml, "from");
                        String text = xml.getElementText();
                        if ("marking".equals(kind)) {
                            marking = text;
                        }
                    }
                    case "unit" -> paragraph++;
                    case "group" -> {
                        paragraph++;
                        groupOpen = true;
                    }
                    case "segment" -> segment2();
                    case "trans-unit" -> {
                        // 1.2 trans-units directly in <body> each make a paragraph; in a <group> they share one.
                        if (!groupOpen) {
                            paragraph++;
                        }
                        transUnit12();
                    }
                    default -> {
                    }
                }
            }
            if (sourceLang == null || targetLang == null) {
                throw new DocumentException("The XLIFF file names no source or target language.");
            }
            boolean tagged = sourceTags.stream().anyMatch(tags -> !tags.isEmpty());
            return new XliffDocument(version, original, sourceLang, targetLang, marking, segments,
                    tagged ? sourceTags : List.of());
        }

        private boolean groupOpen;

        private void segment2() throws XMLStreamException, DocumentException {
            String state = attribute(xml, "state");
            String subState = attribute(xml, "subState");
            String source = null;
            String target = "";
            List<InlineTag> targetTags = List.of();
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("segment")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("source")) {
                        source = sourceText();
                    } else if (xml.getLocalName().equals("target")) {
                        XliffInline.Collector codes = new XliffInline.Collector();
                        target = text(codes);
                        targetTags = codes.placing(pendingTags, pendingIds);
                    }
                }
            }
            add(source, target, status(subState, "final".equals(state) || "reviewed".equals(state), target),
                    targetTags);
        }

        private void transUnit12() throws XMLStreamException, DocumentException {
            String own = xml.getAttributeValue(XliffWriter.RENDITION_NAMESPACE, "status");
            boolean approved = "yes".equals(attribute(xml, "approved"));
            String source = null;
            String target = "";
            List<InlineTag> targetTags = List.of();
            String state = null;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("trans-unit")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "source" -> source = sourceText();
                        case "target" -> {
                            state = attribute(xml, "state");
                            XliffInline.Collector codes = new XliffInline.Collector();
                            target = text(codes);
                            targetTags = codes.placing(pendingTags, pendingIds);
                        }
                        case "alt-trans" -> skip();
                        default -> {
                        }
                    }
                }
            }
            boolean finalised = approved || "final".equals(state) || "signed-off".equals(state);
            add(source, target, status(own == null ? null : XliffWriter.SUBSTATE_PREFIX + own, finalised, target),
                    targetTags);
        }

        /**
         * Adds a segment; where its source carries tags and it has a target, the tags the target's
         * codes placed (those it lacks are missing from it, for QA to say).
         */
        private void add(String source, String target, Segment status, List<InlineTag> targetTags)
                throws DocumentException {
            if (source == null) {
                throw new DocumentException("Segment " + (segments.size() + 1) + " of the XLIFF file has no source.");
            }
            boolean placed = !pendingTags.isEmpty() && !target.isEmpty();
            segments.add(new Segment(segments.size(), Math.max(paragraph, 0), source, target, status.status(),
                    status.tmScore(), placed ? java.util.Optional.of(targetTags) : java.util.Optional.empty()));
            sourceTags.add(pendingTags);
        }

        /** The status as a segment carrying it (only status and score are used). */
        private static Segment status(String subState, boolean finalised, String target) {
            if (target.isEmpty()) {
                return Segment.untranslated(0, 0, "");
            }
            if (finalised) {
                return new Segment(0, 0, "", target, SegmentStatus.CONFIRMED);
            }
            if (subState != null && subState.startsWith(XliffWriter.SUBSTATE_PREFIX)) {
                String value = subState.substring(XliffWriter.SUBSTATE_PREFIX.length());
                int dash = value.lastIndexOf('-');
                try {
                    if (dash > 0) {
                        SegmentStatus s = SegmentStatus.valueOf(value.substring(0, dash).toUpperCase(Locale.ROOT));
                        return new Segment(0, 0, "", target, s, Integer.parseInt(value.substring(dash + 1)));
                    }
                    SegmentStatus s = SegmentStatus.valueOf(value.toUpperCase(Locale.ROOT));
                    if (s != SegmentStatus.UNTRANSLATED) {
                        return new Segment(0, 0, "", target, s);
                    }
                } catch (IllegalArgumentException e) {
                    // Another tool's sub-state in our prefix, or a damaged one: the target is still an edit.
                }
            }
            return new Segment(0, 0, "", target, SegmentStatus.EDITED);
        }

        /** The source's text, its inline codes kept as tags for the segment about to be added. */
        private String sourceText() throws XMLStreamException {
            XliffInline.Collector tags = new XliffInline.Collector();
            String text = text(tags);
            pendingTags = tags.tags();
            pendingIds = tags.ids();
            return text;
        }

        /** The text of the element the reader stands on, inline codes' own text left out and told to {@code tags}. */
        private String text(XliffInline.Collector tags) throws XMLStreamException {
            StringBuilder out = new StringBuilder();
            // Which open elements are paired codes (g, pc), so their ends close a tag.
            java.util.Deque<Boolean> paired = new java.util.ArrayDeque<>();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        int at = out.length();
                        String ctype = attribute(xml, "ctype");
                        String type = attribute(xml, "type");
                        String subType = attribute(xml, "subType");
                        switch (name) {
                            case "ph", "x" -> tags.point(XliffInline.kindOf(ctype, type, subType, false), at,
                                    detail(name), attribute(xml, "id"));
                            // 1.2 pairs bx/ex and bpt/ept by rid where they have one, else by id.
                            case "bx", "sc", "bpt" -> tags.startMarker(!name.equals("sc") && attribute(xml, "rid")
                                    != null ? attribute(xml, "rid") : attribute(xml, "id"),
                                    XliffInline.kindOf(ctype, type, subType, true), at, detail(name));
                            case "ex", "ept" -> tags.endMarker(attribute(xml, "rid") != null ? attribute(xml, "rid")
                                    : attribute(xml, "id"), at);
                            case "ec" -> tags.endMarker(attribute(xml, "startRef"), at);
                            default -> {
                            }
                        }
                        // Codes' own content is native markup (bpt, ept, it, 1.2 ph), never text.
                        if (name.equals("ph") || name.equals("x") || name.equals("bx") || name.equals("ex")
                                || name.equals("cp") || name.equals("sc") || name.equals("ec") || name.equals("bpt")
                                || name.equals("ept") || name.equals("it")) {
                            skip();
                        } else {
                            boolean code = name.equals("g") || name.equals("pc");
                            if (code) {
                                tags.openElement(XliffInline.kindOf(ctype, type, subType, true), at, detail(name),
                                        attribute(xml, "id"));
                            }
                            paired.push(code);
                            depth++;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth > 0 && paired.pop()) {
                            tags.closeElement(out.length());
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            out.append(xml.getText());
                    default -> {
                    }
                }
            }
            return out.toString();
        }

        /** The detail Rendition wrote on an inline code: 1.2 {@code equiv-text}, 2.1 {@code disp} or {@code dispStart}. */
        private String detail(String element) {
            return switch (element) {
                case "pc" -> attribute(xml, "dispStart");
                case "ph", "sc" -> attribute(xml, "disp");
                default -> attribute(xml, "equiv-text");
            };
        }

        private void skip() throws XMLStreamException {
            SafeXml.skipElement(xml);
        }

        private static String orElse(String value, String fallback) {
            return value == null ? fallback : value;
        }
    }
}
