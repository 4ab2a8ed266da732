package org.rendition.documents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A segment's {@link InlineTag} spans as XLIFF inline codes, and back.
 *
 * <p>A paired tag that nests with the others is one element around its text (XLIFF 1.2
 * {@code <g>}, 2.1 {@code <pc>}); one that crosses another is a start and an end marker (1.2
 * {@code <bx/>…<ex/>}, 2.1 {@code <sc/>…<ec/>}); a point is a placeholder (1.2 {@code <x/>}, 2.1
 * {@code <ph/>}). The kind rides on the standard attribute where XLIFF has a value for it (1.2
 * {@code ctype="bold"}, 2.1 {@code type="fmt" subType="xlf:b"}) and on an extension value
 * otherwise ({@code x-footnote_reference}, {@code rendition:footnote_reference}); the detail (a
 * link's target) on {@code equiv-text} (1.2) or {@code disp}/{@code dispStart} (2.1).
 */
final class XliffInline {
    private static final String SUBTYPE_PREFIX = "rendition:";

    private XliffInline() {
    }

    /** Writes {@code text} with {@code tags} over it; ids start with {@code idPrefix}, unique within the unit. */
    static void write(XMLStreamWriter xml, XliffVersion version, String text, List<InlineTag> tags, String idPrefix)
            throws XMLStreamException {
        boolean v2 = version == XliffVersion.V2_1;
        List<InlineTag> sorted = tags.stream()
            .map(t -> t.shifted(0, text.length()))
            .filter(t -> !t.kind().paired() || t.end() > t.start())
            .sorted(Comparator.comparingInt(InlineTag::start).thenComparing(InlineTag::end, Comparator.reverseOrder()))
            .toList();
        boolean[] element = wellNested(sorted);
        Deque<InlineTag> open = new ArrayDeque<>();
        int written = 0;
        for (int pos = 0; pos <= text.length(); pos++) {
            if (!hasEvent(sorted, pos)) {
                continue;
            }
            xml.writeCharacters(text.substring(written, pos));
            written = pos;
            while (!open.isEmpty() && open.peek().end() == pos) {
                open.pop();
                xml.writeEndElement();
            }
            for (int i = 0; i < sorted.size(); i++) {
                InlineTag tag = sorted.get(i);
                if (tag.kind().paired() && !element[i] && tag.end() == pos) {
                    xml.writeEmptyElement(v2 ? "ec" : "ex");
                    xml.writeAttribute(v2 ? "startRef" : "rid", idPrefix + (i + 1));
                    if (!v2) {
                        xml.writeAttribute("id", idPrefix + (i + 1) + "e");
                    }
                }
            }
            for (int i = 0; i < sorted.size(); i++) {
                InlineTag tag = sorted.get(i);
                if (!tag.kind().paired() && tag.start() == pos) {
                    xml.writeEmptyElement(v2 ? "ph" : "x");
                    xml.writeAttribute("id", idPrefix + (i + 1));
                    kind(xml, v2, tag, v2 ? "disp" : "equiv-text");
                }
            }
            for (int i = 0; i < sorted.size(); i++) {
                InlineTag tag = sorted.get(i);
                if (tag.kind().paired() && tag.start() == pos) {
                    if (element[i]) {
                        xml.writeStartElement(v2 ? "pc" : "g");
                        open.push(tag);
                    } else {
                        xml.writeEmptyElement(v2 ? "sc" : "bx");
                        if (!v2) {
                            xml.writeAttribute("rid", idPrefix + (i + 1));
                        }
                    }
                    xml.writeAttribute("id", idPrefix + (i + 1));
                    kind(xml, v2, tag, v2 ? (element[i] ? "dispStart" : "disp") : "equiv-text");
                }
            }
        }
        xml.writeCharacters(text.substring(written));
        while (!open.isEmpty()) {
            open.pop();
            xml.writeEndElement();
        }
    }

    /** Which paired tags can be elements: those crossing no earlier element (sorted by start, outer first). */
    private static boolean[] wellNested(List<InlineTag> sorted) {
        boolean[] element = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            InlineTag tag = sorted.get(i);
            if (!tag.kind().paired()) {
                continue;
            }
            element[i] = true;
            for (int j = 0; j < i; j++) {
                InlineTag outer = sorted.get(j);
                if (element[j] && outer.start() < tag.start() && tag.start() < outer.end() && outer.end() < tag.end()) {
                    element[i] = false;
                    break;
                }
            }
        }
        return element;
    }

    private static boolean hasEvent(List<InlineTag> tags, int pos) {
        return tags.stream().anyMatch(t -> t.start() == pos || t.end() == pos);
    }

    private static void kind(XMLStreamWriter xml, boolean v2, InlineTag tag, String detailAttribute)
            throws XMLStreamException {
        String name = tag.kind().name().toLowerCase(Locale.ROOT);
        if (v2) {
            switch (tag.kind()) {
                case BOLD, ITALIC, UNDERLINE -> {
                    xml.writeAttribute("type", "fmt");
                    xml.writeAttribute("subType", "xlf:" + name.charAt(0));
                }
                case LINK -> xml.writeAttribute("type", "link");
                case IMAGE -> xml.writeAttribute("type", "image");
                default -> {
                    xml.writeAttribute("type", "other");
                    xml.writeAttribute("subType", SUBTYPE_PREFIX + name);
                }
            }
        } else {
            boolean standard = switch (tag.kind()) {
                case BOLD, ITALIC, UNDERLINE, LINK, IMAGE -> true;
                default -> false;
            };
            // XLIFF 1.2 spells it "underlined".
            xml.writeAttribute("ctype", tag.kind() == InlineTag.Kind.UNDERLINE ? "underlined"
                : standard ? name : "x-" + name);
        }
        if (!tag.detail().isEmpty()) {
            xml.writeAttribute(detailAttribute, tag.detail());
        }
    }

    /**
     * The kind an inline code names, from its XLIFF 1.2 {@code ctype} or 2.1 {@code type} and
     * {@code subType}; another tool's codes Rendition has no kind for are fields (paired) or
     * pictures (points), which the writers leave where they are.
     */
    static InlineTag.Kind kindOf(String ctype, String type, String subType, boolean paired) {
        String value = "underlined".equals(ctype) ? "underline"
            : ctype != null ? ctype.replaceFirst("^x-", "")
            : subType != null && subType.startsWith(SUBTYPE_PREFIX) ? subType.substring(SUBTYPE_PREFIX.length())
            : subType != null && subType.startsWith("xlf:") ? switch (subType) {
                case "xlf:b" -> "bold";
                case "xlf:i" -> "italic";
                case "xlf:u" -> "underline";
                default -> "";
            }
            : String.valueOf(type);
        try {
            InlineTag.Kind kind = InlineTag.Kind.valueOf(value.toUpperCase(Locale.ROOT));
            if (kind.paired() == paired) {
                return kind;
            }
        } catch (IllegalArgumentException e) {
            // Another tool's code: fall through to the neutral kind below.
        }
        return paired ? InlineTag.Kind.FIELD : InlineTag.Kind.IMAGE;
    }

    /** Collects the tags of one source or target as the reader walks its inline codes. */
    static final class Collector {
        /** Each tag with the place its start was met, so tags over the same span keep their order. */
        private final List<Map.Entry<Integer, InlineTag>> tags = new ArrayList<>();
        private final Deque<Open> elements = new ArrayDeque<>();
        private final Map<String, Open> markers = new HashMap<>();
        private int met;

        private record Open(InlineTag.Kind kind, int start, String detail, int order) {
        }

        void point(InlineTag.Kind kind, int at, String detail) {
            tags.add(Map.entry(met++, new InlineTag(kind, at, at, detail == null ? "" : detail)));
        }

        void openElement(InlineTag.Kind kind, int at, String detail) {
            elements.push(new Open(kind, at, detail == null ? "" : detail, met++));
        }

        void closeElement(int at) {
            close(elements.pop(), at);
        }

        void startMarker(String id, InlineTag.Kind kind, int at, String detail) {
            markers.put(String.valueOf(id), new Open(kind, at, detail == null ? "" : detail, met++));
        }

        void endMarker(String startId, int at) {
            Open open = markers.remove(String.valueOf(startId));
            if (open != null) {
                close(open, at);
            }
        }

        private void close(Open open, int at) {
            tags.add(Map.entry(open.order(), new InlineTag(open.kind(), open.start(), at, open.detail())));
        }

        /** The tags in the order they start, longest first where two start together, else as met. */
        List<InlineTag> tags() {
            return tags.stream()
                .sorted(Comparator.<Map.Entry<Integer, InlineTag>>comparingInt(e -> e.getValue().start())
                    .thenComparing(e -> e.getValue().end(), Comparator.reverseOrder())
                    .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getValue).toList();
        }
    }
}
