package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.documents.InlineTag;
import org.rendition.memory.TaggedText;

/**
 * A segment's inline formatting as the translation memory keeps it: TMX inline codes, a
 * {@code <bpt>}/{@code <ept>} pair for a span (bold, a link) and a {@code <ph>} for a point (a
 * footnote reference), each naming its kind in {@code type} (TMX's own {@code bold},
 * {@code italic}, {@code ulined}, {@code link}; {@code x-} values for the rest). A confirmed
 * segment whose target still has the tags the model's alignment placed is stored with them, and
 * an exact match read back gives them to the same sentence in another document.
 */
final class MemoryTags {
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");

    private MemoryTags() {
    }

    /** {@code text} with {@code tags} (spans over it) as TMX inline codes at their offsets. */
    static TaggedText toMemory(String text, List<InlineTag> tags) {
        return numbered(text, tags.stream().map(Optional::of).toList());
    }

    /**
     * A target's text with the tags placed in it as TMX inline codes, each numbered as its source
     * tag is, so a target that lacks one of {@code source}'s tags still pairs the others rightly.
     */
    static TaggedText targetToMemory(String text, List<InlineTag> source, List<InlineTag> placed) {
        return numbered(text, org.rendition.documents.TargetTags.perSourceTag(source, placed));
    }

    private static TaggedText numbered(String text, List<Optional<InlineTag>> numbered) {
        record Event(int offset, int order, int length, org.rendition.memory.InlineTag code) {
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < numbered.size(); i++) {
            if (numbered.get(i).isEmpty()) {
                continue;
            }
            InlineTag tag = numbered.get(i).get();
            String id = String.valueOf(i + 1);
            String type = type(tag.kind());
            String code = escape("<" + tag.kind().name().toLowerCase(Locale.ROOT)
                + (tag.detail().isEmpty() ? "" : " " + tag.detail()) + (tag.kind().paired() ? ">" : "/>"));
            int length = tag.end() - tag.start();
            if (tag.kind().paired()) {
                events.add(new Event(tag.start(), 2, -length, new org.rendition.memory.InlineTag(tag.start(),
                    org.rendition.memory.InlineTag.Kind.BEGIN, id,
                    "<bpt i=\"" + id + "\" type=\"" + type + "\">" + code + "</bpt>")));
                events.add(new Event(tag.end(), 0, length, new org.rendition.memory.InlineTag(tag.end(),
                    org.rendition.memory.InlineTag.Kind.END, id, "<ept i=\"" + id + "\">"
                        + escape("</" + tag.kind().name().toLowerCase(Locale.ROOT) + ">") + "</ept>")));
            } else {
                events.add(new Event(tag.start(), 1, 0, new org.rendition.memory.InlineTag(tag.start(),
                    org.rendition.memory.InlineTag.Kind.PLACEHOLDER, id,
                    "<ph x=\"" + id + "\" type=\"" + type + "\">" + code + "</ph>")));
            }
        }
        // At one offset: spans closing (the inner first), then points, then spans opening (the outer first).
        events.sort(Comparator.comparingInt(Event::offset).thenComparingInt(Event::order)
            .thenComparingInt(Event::length));
        return new TaggedText(text, events.stream().map(Event::code).toList());
    }

    /**
     * The target tags of a memory entry for a sentence whose own tags are {@code own}: one for
     * each of {@code own}, in its order, where the entry's source carries the same tags (kind and
     * place) and its target all of them; empty otherwise.
     */
    static Optional<List<InlineTag>> targetTags(TaggedText source, TaggedText target, List<InlineTag> own) {
        Map<String, InlineTag> sourceSpans = spans(source);
        Map<String, InlineTag> targetSpans = spans(target);
        List<InlineTag> placed = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (InlineTag tag : own) {
            String id = null;
            for (Map.Entry<String, InlineTag> entry : sourceSpans.entrySet()) {
                InlineTag stored = entry.getValue();
                if (!used.contains(entry.getKey()) && stored.kind() == tag.kind() && stored.start() == tag.start()
                        && stored.end() == tag.end()) {
                    id = entry.getKey();
                    break;
                }
            }
            if (id == null || !targetSpans.containsKey(id)) {
                return Optional.empty();
            }
            used.add(id);
            InlineTag there = targetSpans.get(id);
            placed.add(new InlineTag(tag.kind(), there.start(), there.end(), tag.detail()));
        }
        return used.size() == sourceSpans.size() ? Optional.of(placed) : Optional.empty();
    }

    /** The spans {@link #toMemory} wrote, by their id; codes of other tools are left out. */
    private static Map<String, InlineTag> spans(TaggedText text) {
        Map<String, InlineTag> spans = new HashMap<>();
        Map<String, int[]> open = new HashMap<>();
        Map<String, InlineTag.Kind> kinds = new HashMap<>();
        for (org.rendition.memory.InlineTag code : text.tags()) {
            String id = code.pairId();
            int offset = Math.min(code.offset(), text.text().length());
            switch (code.kind()) {
                case BEGIN -> kind(code.markup()).ifPresent(kind -> {
                    kinds.put(id, kind);
                    open.put(id, new int[] {offset});
                });
                case END -> {
                    int[] start = open.remove(id);
                    if (start != null && start[0] <= offset) {
                        spans.put(id, new InlineTag(kinds.get(id), start[0], offset, ""));
                    }
                }
                case PLACEHOLDER -> kind(code.markup()).filter(kind -> !kind.paired())
                    .ifPresent(kind -> spans.put(id, new InlineTag(kind, offset, offset, "")));
                default -> {
                }
            }
        }
        return spans;
    }

    private static Optional<InlineTag.Kind> kind(String markup) {
        Matcher type = TYPE.matcher(markup);
        if (!type.find()) {
            return Optional.empty();
        }
        for (InlineTag.Kind kind : InlineTag.Kind.values()) {
            if (type(kind).equals(type.group(1))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static String type(InlineTag.Kind kind) {
        return switch (kind) {
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case UNDERLINE -> "ulined";
            case LINK -> "link";
            default -> "x-" + kind.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
