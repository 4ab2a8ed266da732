package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.rendition.documents.InlineTag;

/**
 * Inline tags drawn as small rounded numbered marks in a text flow, the way CAT tools show them:
 * a paired tag as an opening mark ⟨1 and a closing mark 1⟩ around its words, a standalone tag as
 * one mark ⟨1⟩. Numbers are the source's order, so a target's marks name the same tags as its
 * source's. Each mark has a tooltip with the kind and detail (a link's target, a field's code) and
 * an accessible text a screen reader speaks.
 */
final class TagMarks {
    static final String MARK_STYLE = "tag-mark";
    private static final Duration TOOLTIP_DELAY = Duration.millis(250);

    /** A mark and the offset of the text it stands before. */
    record Placed(int offset, Node mark) {
    }

    private TagMarks() {
    }

    /** The marks of {@code placed} (tags of {@code sourceTags}, numbered by them), each with its offset, in drawing order. */
    static List<Placed> marks(List<InlineTag> sourceTags, List<InlineTag> placed, int length) {
        return TagEdge.of(sourceTags, placed, length).stream()
                .map(edge -> new Placed(edge.offset(), mark(edge.tag(), edge.number(), edge.side()))).toList();
    }

    /** The offsets where marks stand, for cutting the text there. */
    static List<Integer> offsets(List<Placed> marks) {
        return marks.stream().map(Placed::offset).toList();
    }

    /**
     * {@code pieces} (text nodes, each starting at the offset in {@code starts}) with the marks put
     * between them where they stand.
     */
    static List<Node> interleave(List<? extends Node> pieces, List<Integer> starts, List<Placed> marks, int length) {
        List<Node> nodes = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < pieces.size(); i++) {
            while (next < marks.size() && marks.get(next).offset() <= starts.get(i)) {
                nodes.add(marks.get(next++).mark());
            }
            nodes.add(pieces.get(i));
        }
        while (next < marks.size() && marks.get(next).offset() <= length) {
            nodes.add(marks.get(next++).mark());
        }
        return nodes;
    }

    /**
     * {@code flow} with {@code marks} put in where they stand: its text nodes are cut there, each
     * part keeping the node's style and click handler (an underlined unsure word stays one).
     */
    static TextFlow into(TextFlow flow, List<Placed> marks) {
        if (marks.isEmpty()) {
            return flow;
        }
        List<Node> pieces = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (Node child : flow.getChildren()) {
            if (!(child instanceof Text text)) {
                continue;
            }
            String content = text.getText();
            int from = 0;
            for (Placed mark : marks) {
                int cut = mark.offset() - at;
                if (cut > from && cut < content.length()) {
                    pieces.add(part(text, content.substring(from, cut)));
                    starts.add(at + from);
                    from = cut;
                }
            }
            pieces.add(from == 0 ? text : part(text, content.substring(from)));
            starts.add(at + from);
            at += content.length();
        }
        flow.getChildren().setAll(interleave(pieces, starts, marks, at));
        return flow;
    }

    private static Text part(Text whole, String content) {
        Text part = new Text(content);
        part.getStyleClass().setAll(whole.getStyleClass());
        part.setStyle(whole.getStyle());
        part.setOnMouseClicked(whole.getOnMouseClicked());
        return part;
    }

    static Label mark(InlineTag tag, int number, TagEdge.Side edge) {
        Label mark = new Label(switch (edge) {
            case OPEN -> "\u27e8" + number;
            case CLOSE -> number + "\u27e9";
            case POINT -> "\u27e8" + number + "\u27e9";
        });
        mark.getStyleClass().addAll(MARK_STYLE, "tag-" + edge.name().toLowerCase(Locale.ROOT));
        String described = describe(tag, number, edge);
        Tooltip tooltip = new Tooltip(described);
        tooltip.setShowDelay(TOOLTIP_DELAY);
        mark.setTooltip(tooltip);
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText(described);
        return mark;
    }

    /** "Tag 1: bold, start", "Tag 2: link to https://…, end", "Tag 3: footnote reference 1". */
    static String describe(InlineTag tag, int number, TagEdge.Side edge) {
        String kind = tag.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String detail = tag.detail().isEmpty() ? "" : (tag.kind() == InlineTag.Kind.LINK ? " to " : " ") + tag.detail();
        String side = switch (edge) {
            case OPEN -> Messages.get("tag.start");
            case CLOSE -> Messages.get("tag.end");
            case POINT -> "";
        };
        return Messages.get("tag.describe", number, kind + detail) + (side.isEmpty() ? "" : ", " + side);
    }
}
