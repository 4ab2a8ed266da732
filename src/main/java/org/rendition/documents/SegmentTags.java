package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Each segment's share of its block's {@link InlineTag}s, with offsets into the segment's source:
 * what XLIFF carries inside a {@code <source>}. Segments are found in their block in order, so a
 * sentence that occurs twice in a paragraph gets the tags of its own occurrence. Line breaks and
 * tabs fall between segments (segmentation cuts there) and belong to none.
 */
public final class SegmentTags {
    private SegmentTags() {
    }

    /** One list per segment of {@code segments}, which were cut from {@code document}. */
    public static List<List<InlineTag>> of(SourceDocument document, List<Segment> segments) {
        List<DocumentBlock> blocks = document.blocks();
        List<List<InlineTag>> all = new ArrayList<>();
        int paragraph = -1;
        int cursor = 0;
        for (Segment segment : segments) {
            if (segment.paragraph() != paragraph) {
                paragraph = segment.paragraph();
                cursor = 0;
            }
            if (paragraph < 0 || paragraph >= blocks.size()) {
                all.add(List.of());
                continue;
            }
            DocumentBlock block = blocks.get(paragraph);
            int start = block.text().indexOf(segment.source(), cursor);
            if (start < 0) {
                all.add(List.of());
                continue;
            }
            int end = start + segment.source().length();
            cursor = end;
            boolean lastInBlock = block.text().substring(end).isBlank();
            List<InlineTag> tags = new ArrayList<>();
            for (InlineTag tag : block.tags()) {
                if (tag.kind() == InlineTag.Kind.LINE_BREAK || tag.kind() == InlineTag.Kind.TAB) {
                    continue;
                }
                boolean inside = tag.kind().paired() ? tag.start() < end && tag.end() > start
                    : tag.start() >= start && (tag.start() < end || lastInBlock);
                if (inside) {
                    tags.add(tag.shifted(-start, segment.source().length()));
                }
            }
            all.add(List.copyOf(tags));
        }
        return all;
    }
}
