package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.InlineTag;

/**
 * One edge of a tag placed in a text, numbered as the source numbers its tags: what the grid draws
 * as a mark and the editor holds as a character.
 *
 * @param offset where in the text the edge stands (before the character there)
 * @param number the tag's place among the source's tags, from 1
 */
record TagEdge(int offset, int number, Side side, InlineTag tag) {
    /** Which edge of its tag. */
    enum Side { OPEN, CLOSE, POINT }

    /**
     * The edges of {@code placed} (tags of {@code sourceTags}) over a text of {@code length}, in the
     * order they are written: at one offset the tags closing there (the inner, later-numbered,
     * first), then points, then the tags opening there; a paired tag that covers nothing opens and
     * closes last, so its two edges stay together and in order.
     */
    static List<TagEdge> of(List<InlineTag> sourceTags, List<InlineTag> placed, int length) {
        List<Optional<InlineTag>> matched = InlineTag.inTarget(sourceTags, placed);
        List<TagEdge> edges = new ArrayList<>();
        for (int at = 0; at <= length; at++) {
            for (int n = matched.size(); n >= 1; n--) {
                InlineTag tag = matched.get(n - 1).orElse(null);
                if (tag != null && tag.kind().paired() && start(tag, length) < at && end(tag, length) == at) {
                    edges.add(new TagEdge(at, n, Side.CLOSE, tag));
                }
            }
            for (int n = 1; n <= matched.size(); n++) {
                InlineTag tag = matched.get(n - 1).orElse(null);
                if (tag != null && !tag.kind().paired() && start(tag, length) == at) {
                    edges.add(new TagEdge(at, n, Side.POINT, tag));
                }
            }
            for (int n = 1; n <= matched.size(); n++) {
                InlineTag tag = matched.get(n - 1).orElse(null);
                if (tag != null && tag.kind().paired() && start(tag, length) == at) {
                    edges.add(new TagEdge(at, n, Side.OPEN, tag));
                    if (end(tag, length) == at) {
                        edges.add(new TagEdge(at, n, Side.CLOSE, tag));
                    }
                }
            }
        }
        return edges;
    }

    private static int start(InlineTag tag, int length) {
        return Math.min(tag.start(), length);
    }

    private static int end(InlineTag tag, int length) {
        return Math.min(tag.end(), length);
    }
}
