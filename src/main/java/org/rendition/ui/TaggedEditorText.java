package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.InlineTag;

/**
 * A target with its tags as the editor's text field holds it: each tag edge is one character, so
 * typing cannot cut a tag in half and deleting the character deletes that edge. Tag {@code n} (the
 * source's n-th) opens with a circled digit ①, closes with a filled one ❶, and a standalone tag is
 * a parenthesised digit ⑴. One character per edge keeps the plain {@code TextField} (fast, with
 * the platform's input methods) instead of a rich-text editor; Unicode has these digits up to 20,
 * so a sentence with more tags is edited as plain text and its tags follow the text.
 */
final class TaggedEditorText {
    /** The most tags a sentence may have for its tags to be shown in the editor. */
    static final int MOST_TAGS = 20;

    /** What the field's text stands for. */
    record Parsed(String text, List<InlineTag> tags) {
    }

    /** The field's text after inserting a tag, and where the caret goes. */
    record Inserted(String text, int caret) {
    }

    private TaggedEditorText() {
    }

    static boolean canShow(List<InlineTag> sourceTags) {
        return !sourceTags.isEmpty() && sourceTags.size() <= MOST_TAGS;
    }

    static char open(int number) {
        return (char) (0x2460 + number - 1);
    }

    static char close(int number) {
        return (char) (number <= 10 ? 0x2776 + number - 1 : 0x24EB + number - 11);
    }

    static char point(int number) {
        return (char) (0x2474 + number - 1);
    }

    static boolean isMark(char c) {
        return c >= 0x2460 && c <= 0x2487 || c >= 0x2776 && c <= 0x277F || c >= 0x24EB && c <= 0x24F4;
    }

    /** Text without the tag characters: what a paste or typing may bring in. */
    static String withoutMarks(String text) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!isMark(text.charAt(i))) {
                plain.append(text.charAt(i));
            }
        }
        return plain.toString();
    }

    /** {@code target} with the edges of {@code placed} (tags of {@code sourceTags}) written in as characters. */
    static String of(String target, List<InlineTag> sourceTags, List<InlineTag> placed) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        for (TagEdge edge : TagEdge.of(sourceTags, placed, target.length())) {
            text.append(target, written, edge.offset());
            written = edge.offset();
            text.append(switch (edge.side()) {
                case OPEN -> open(edge.number());
                case CLOSE -> close(edge.number());
                case POINT -> point(edge.number());
            });
        }
        return text.append(target.substring(written)).toString();
    }

    /**
     * The target and the tags the field's text holds, in the source's order. A paired tag whose
     * other edge was deleted, or whose edges were swapped, is gone: the analyst deleted it.
     */
    static Parsed parse(String field, List<InlineTag> sourceTags) {
        StringBuilder text = new StringBuilder();
        int[] opened = new int[sourceTags.size() + 1];
        int[] closed = new int[sourceTags.size() + 1];
        int[] points = new int[sourceTags.size() + 1];
        java.util.Arrays.fill(opened, -1);
        java.util.Arrays.fill(closed, -1);
        java.util.Arrays.fill(points, -1);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!isMark(c)) {
                text.append(c);
                continue;
            }
            for (int n = 1; n <= sourceTags.size(); n++) {
                if (c == open(n) && opened[n] < 0) {
                    opened[n] = text.length();
                } else if (c == close(n) && closed[n] < 0) {
                    closed[n] = text.length();
                } else if (c == point(n) && points[n] < 0) {
                    points[n] = text.length();
                }
            }
        }
        List<InlineTag> tags = new ArrayList<>();
        for (int n = 1; n <= sourceTags.size(); n++) {
            InlineTag own = sourceTags.get(n - 1);
            if (own.kind().paired() && opened[n] >= 0 && closed[n] >= opened[n]) {
                tags.add(new InlineTag(own.kind(), opened[n], closed[n], own.detail()));
            } else if (!own.kind().paired() && points[n] >= 0) {
                tags.add(new InlineTag(own.kind(), points[n], points[n], own.detail()));
            }
        }
        return new Parsed(text.toString(), List.copyOf(tags));
    }

    /**
     * Inserts the first of the source's tags the field lacks (F9): a standalone tag at the caret,
     * a paired one around the selection (or empty, the caret inside it). A paired tag with only one
     * edge left counts as lacking: that edge is taken out and the tag put where the analyst wants
     * it, which is how she moves a tag. Empty when every tag is there.
     */
    static Optional<Inserted> insertNextMissing(String field, List<InlineTag> sourceTags, int from, int to) {
        for (int n = 1; n <= Math.min(sourceTags.size(), MOST_TAGS); n++) {
            InlineTag own = sourceTags.get(n - 1);
            boolean paired = own.kind().paired();
            boolean hasOpen = field.indexOf(open(n)) >= 0;
            boolean hasClose = field.indexOf(close(n)) >= 0;
            if (paired ? hasOpen && hasClose && field.indexOf(open(n)) <= field.indexOf(close(n))
                    : field.indexOf(point(n)) >= 0) {
                continue;
            }
            String start = field.substring(0, from);
            String selected = field.substring(from, to);
            String end = field.substring(to);
            if (!paired) {
                return Optional.of(new Inserted(start + point(n) + selected + end, from + 1));
            }
            // The leftover edge goes; offsets before the selection shift by what was taken out.
            String openMark = String.valueOf(open(n));
            String closeMark = String.valueOf(close(n));
            int removedBefore = countIn(start, open(n)) + countIn(start, close(n));
            String inside = selected.replace(openMark, "").replace(closeMark, "");
            String text = start.replace(openMark, "").replace(closeMark, "") + open(n) + inside + close(n)
                    + end.replace(openMark, "").replace(closeMark, "");
            int caret = from - removedBefore + 1 + inside.length();
            return Optional.of(new Inserted(text, selected.isEmpty() ? caret : caret + 1));
        }
        return Optional.empty();
    }

    private static int countIn(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
