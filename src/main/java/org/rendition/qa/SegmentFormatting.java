package org.rendition.qa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rendition.arch.ValueType;
import org.rendition.documents.InlineTag;

/**
 * A segment's inline formatting (bold, links, footnote references read from a Word file or web
 * page): its source's tags and, where they were placed in the target by the model's alignment,
 * the target's, one for each source tag in the same order.
 *
 * @param source the tags over the source, offsets into it
 * @param target the same tags placed in the target, offsets into it; empty where the writers will
 *     place them by position (an edited target, a memory match), which cannot lose one
 */
@ValueType
public record SegmentFormatting(List<InlineTag> source, Optional<List<InlineTag>> target) {
    /** A segment without inline formatting. */
    public static final SegmentFormatting NONE = new SegmentFormatting(List.of(), Optional.empty());

    public SegmentFormatting {
        source = List.copyOf(source);
        target = Objects.requireNonNull(target, "target").map(List::copyOf);
    }
}
