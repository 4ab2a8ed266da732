package org.rendition.documents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        write(xml, version, text, tags, ids(text, tags, idPrefix));
    }

    /**
     * Writes a target with the tags placed in it, each code carrying the id of its source's code,
     * as XLIFF 2 requires and CAT tools expect of 1.2: a colleague's tool pairs them by that id.
     */
    static void writeTarget(XMLStreamWriter xml, XliffVersion version, String target, String source,
            List<InlineTag> sourceTags, List<InlineTag> targetTags, String idPrefix) throws XMLStreamException {
        List<String> sourceIds = ids(source, sourceTags, idPrefix);
        List<Optional<InlineTag>> matched = TargetTags.perSourceTag(sourceTags, targetTags);
        List<InlineTag> tags = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            if (matched.get(i).isPresent() && sourceIds.get(i) != null) {
                tags.add(matched.get(i).get());
                ids.add(sourceIds.get(i));
            }
        }
        write(xml, version, target, tags, ids);
    }

    /** The id each of {@code tags} gets over {@code text}: by the order they start, outer first; null for an empty span. */
    static List<String> ids(String text, List<InlineTag> tags, String idPrefix) {
        List<Integer> order = written(text, tags);
        List<String> ids = new ArrayList<>(java.util.Collections.nCopies(tags.size(), (String) null));
        for (int rank = 0; rank < order.size(); rank++) {
            ids.set(order.get(rank), idPrefix + (rank + 1));
        }
        return ids;
    }

    /** The indexes of the tags that are written, in the order they start, the longer first where two start together. */
    private static List<Integer> written(String text, List<InlineTag> tags) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            InlineTag t = tags.get(i).shifted(0, text.length());
            if (!t.kind().paired() || t.end() > t.start()) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(i -> tags.get(i).shifted(0, text.length()).start())
            .thenComparing(i -> tags.get(i).shifted(0, text.length()).end(), Comparator.reverseOrder()));
        return order;
    }

    private static void write(XMLStreamWriter xml, XliffVersion version, String text, List<InlineTag> tags,
            List<String> ids) throws XMLStreamException {
        boolean v2 = version == XliffVersion.V2_1;
        List<Integer> order = written(text, tags);
        List<InlineTag> sorted = order.stream().map(i -> tags.get(i).shifted(0, text.length())).toList();
        List<String> sortedIds = order.stream().map(ids::get).toList();
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
                    xml.writeAttribute(v2 ? "startRef" : "rid", sortedIds.get(i));
                    if (!v2) {
                        xml.writeAttribute("id", sortedIds.get(i) + "e");
                    }
                }
            }
            for (int i = 0; i < sorted.size(); i++) {
                InlineTag tag = sorted.get(i);
                if (!tag.kind().paired() && tag.start() == pos) {
                    xml.writeEmptyElement(v2 ? "ph" : "x");
                    xml.writeAttribute("id", sortedIds.get(i));
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
                            xml.writeAttribute("rid", sortedIds.get(i));
                        }
                    }
                    xml.writeAttribute("id", sortedIds.get(i));
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

    /** Collects the tags of one source or target as the reader walks its inline codes, with the id of each. */
    static final class Collector {
        /** Each tag with the place its start was met, so tags over the same span keep their order. */
        private final List<Met> tags = new ArrayList<>();
        private final Deque<Open> elements = new ArrayDeque<>();
        private final Map<String, Open> markers = new HashMap<>();
        private int met;

        private record Open(InlineTag.Kind kind, int start, String detail, int order, String id) {
        }

        private record Met(int order, InlineTag tag, String id) {
        }

        void point(InlineTag.Kind kind, int at, String detail, String id) {
            tags.add(new Met(met++, new InlineTag(kind, at, at, detail == null ? "" : detail), id));
        }

        void openElement(InlineTag.Kind kind, int at, String detail, String id) {
            elements.push(new Open(kind, at, detail == null ? "" : detail, met++, id));
        }

        void closeElement(int at) {
            close(elements.pop(), at);
        }

        void startMarker(String id, InlineTag.Kind kind, int at, String detail) {
            markers.put(String.valueOf(id), new Open(kind, at, detail == null ? "" : detail, met++, id));
        }

        void endMarker(String startId, int at) {
            Open open = markers.remove(String.valueOf(startId));
            if (open != null) {
                close(open, at);
            }
        }

        private void close(Open open, int at) {
            tags.add(new Met(open.order(), new InlineTag(open.kind(), open.start(), at, open.detail()), open.id()));
        }

        private List<Met> sorted() {
            return tags.stream()
                .sorted(Comparator.<Met>comparingInt(e -> e.tag().start())
                    .thenComparing(e -> e.tag().end(), Comparator.reverseOrder())
                    .thenComparingInt(Met::order))
                .toList();
        }

        /** The tags in the order they start, longest first where two start together, else as met. */
        List<InlineTag> tags() {
            return sorted().stream().map(Met::tag).toList();
        }

        /** The id of each of {@link #tags()}, in the same order; null where the code had none. */
        List<String> ids() {
            return sorted().stream().map(Met::id).toList();
        }

        /**
         * The tags of a target collected here, as the source's tags placed in it: the source's kind
         * and detail at the place of the target code with the same id, in the source's order. A
         * source tag no target code names is missing from the target; a target code no source
         * code has is left out (QA then finds the source's tag missing).
         */
        List<InlineTag> placing(List<InlineTag> sourceTags, List<String> sourceIds) {
            Map<String, InlineTag> byId = new HashMap<>();
            List<InlineTag> found = tags();
            List<String> foundIds = ids();
            for (int i = 0; i < found.size(); i++) {
                if (foundIds.get(i) != null) {
                    byId.putIfAbsent(foundIds.get(i), found.get(i));
                }
            }
            List<InlineTag> placed = new ArrayList<>();
            for (int i = 0; i < sourceTags.size(); i++) {
                InlineTag there = sourceIds.get(i) == null ? null : byId.get(sourceIds.get(i));
                InlineTag own = sourceTags.get(i);
                if (there != null && there.kind().paired() == own.kind().paired()) {
                    placed.add(new InlineTag(own.kind(), there.start(), there.end(), own.detail()));
                }
            }
            return placed;
        }
    }
}
