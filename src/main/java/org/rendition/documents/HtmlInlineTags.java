package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline markup of one run of a web page as tags over its text: emphasis, links and
 * pictures, at the offsets they have once white space is collapsed as the run's text is.
 */
final class HtmlInlineTags {
    private static final Map<String, InlineTag.Kind> PAIRED = Map.of("b", InlineTag.Kind.BOLD,
        "strong", InlineTag.Kind.BOLD, "i", InlineTag.Kind.ITALIC, "em", InlineTag.Kind.ITALIC,
        "u", InlineTag.Kind.UNDERLINE, "a", InlineTag.Kind.LINK);

    private final StringBuilder raw = new StringBuilder();
    /** Tags with offsets into {@link #raw}, before white space is collapsed. */
    private final List<InlineTag> rawTags = new ArrayList<>();

    private HtmlInlineTags() {
    }

    /** The tags over {@code text}, the run's collapsed and stripped text. */
    static List<InlineTag> of(List<Node> nodes, boolean preformatted, String text) {
        HtmlInlineTags tags = new HtmlInlineTags();
        for (Node node : nodes) {
            tags.walk(node);
        }
        int[] offsets = tags.collapsedOffsets(preformatted);
        List<InlineTag> result = new ArrayList<>();
        for (InlineTag tag : tags.rawTags) {
            InlineTag moved = new InlineTag(tag.kind(), offsets[tag.start()], offsets[tag.end()], tag.detail())
                .shifted(0, text.length());
            if (!moved.kind().paired() || moved.start() < moved.end()) {
                result.add(moved);
            }
        }
        return result;
    }

    private void walk(Node node) {
        if (node instanceof TextNode text) {
            raw.append(text.getWholeText());
        } else if (node instanceof Element element) {
            int start = raw.length();
            for (Node child : element.childNodes()) {
                walk(child);
            }
            InlineTag.Kind kind = PAIRED.get(element.normalName());
            if (kind != null) {
                rawTags.add(new InlineTag(kind, start, raw.length(), kind == InlineTag.Kind.LINK
                    ? element.attr("href") : ""));
            } else if (element.normalName().equals("img")) {
                rawTags.add(new InlineTag(InlineTag.Kind.IMAGE, start, start, element.attr("src")));
            }
        }
    }

    /**
     * For each raw offset, the offset in the text {@link HtmlPages} makes of it: runs of white
     * space become one space (unless preformatted) and the leading white space goes.
     */
    private int[] collapsedOffsets(boolean preformatted) {
        int[] offsets = new int[raw.length() + 1];
        int collapsed = 0;
        boolean inSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            offsets[i] = collapsed;
            boolean space = " \t\n\r\f".indexOf(raw.charAt(i)) >= 0;
            if (preformatted || !space || !inSpace) {
                collapsed++;
            }
            inSpace = space && !preformatted;
        }
        offsets[raw.length()] = collapsed;
        int leading = 0;
        String joined = preformatted ? raw.toString() : raw.toString().replaceAll("[ \\t\\n\\r\\f]+", " ");
        while (leading < joined.length() && Character.isWhitespace(joined.charAt(leading))) {
            leading++;
        }
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = Math.max(0, offsets[i] - leading);
        }
        return offsets;
    }
}
