package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Each segment's share of its block's {@link InlineTag}s, with offsets into the segment's source:
 * what XLIFF carries inside a {@code <source>}. Segments are found in their block in order, so a
 * sentence that occurs twice in a paragraph gets the tags of its own occurrence. Line breaks and
 * tabs fall between segments (segmentation cuts there) and belong to none. A standalone tag in
 * the space between two segments (a footnote reference after a full stop) belongs to the one
 * before it, at its end; one before the first segment, to the first.
 */
public final class SegmentTags {
    private SegmentTags() {
    }

    /**
     * Where a segment lies in its block and which of the block's tags it carries.
     *
     * @param block the index of the block, or -1 when the segment was not found in it
     * @param start where the segment's source begins in the block's text
     * @param tagIndexes indices into the block's {@link DocumentBlock#tags()}, in the block's order
     */
    record Share(int block, int start, List<Integer> tagIndexes) {
        static final Share NONE = new Share(-1, 0, List.of());
    }

    /** One list per segment of {@code segments}, which were cut from {@code document}. */
    public static List<List<InlineTag>> of(SourceDocument document, List<Segment> segments) {
        List<Share> shares = shares(document, segments);
        List<List<InlineTag>> all = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Share share = shares.get(i);
            int length = segments.get(i).source().length();
            List<InlineTag> tags = new ArrayList<>();
            for (int index : share.tagIndexes()) {
                tags.add(document.blocks().get(share.block()).tags().get(index).shifted(-share.start(), length));
            }
            all.add(List.copyOf(tags));
        }
        return all;
    }

    /** Each segment's place in its block and the indices of the block's tags it carries. */
    static List<Share> shares(SourceDocument document, List<Segment> segments) {
        List<DocumentBlock> blocks = document.blocks();
        List<int[]> ranges = new ArrayList<>();
        int paragraph = -1;
        int cursor = 0;
        for (Segment segment : segments) {
            if (segment.paragraph() != paragraph) {
                paragraph = segment.paragraph();
                cursor = 0;
            }
            int start = paragraph < 0 || paragraph >= blocks.size() ? -1
                : blocks.get(paragraph).text().indexOf(segment.source(), cursor);
            if (start >= 0) {
                cursor = start + segment.source().length();
            }
            ranges.add(new int[] {start < 0 ? -1 : paragraph, start, start + segment.source().length()});
        }
        java.util.Map<Integer, List<Integer>> byBlock = new java.util.HashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i)[0] >= 0) {
                byBlock.computeIfAbsent(ranges.get(i)[0], b -> new ArrayList<>()).add(i);
            }
        }
        // Each point's owner, worked out once per block.
        java.util.Map<Integer, int[]> owners = new java.util.HashMap<>();
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            int[] range = ranges.get(i);
            if (range[0] < 0) {
                shares.add(Share.NONE);
                continue;
            }
            DocumentBlock block = blocks.get(range[0]);
            int[] owner = owners.computeIfAbsent(range[0], b -> block.tags().stream()
                .mapToInt(tag -> tag.kind().paired() ? -1 : owner(ranges, byBlock.get(b), tag.start())).toArray());
            List<Integer> indexes = new ArrayList<>();
            for (int t = 0; t < block.tags().size(); t++) {
                InlineTag tag = block.tags().get(t);
                if (tag.kind() == InlineTag.Kind.LINE_BREAK || tag.kind() == InlineTag.Kind.TAB) {
                    continue;
                }
                boolean inside = tag.kind().paired() ? tag.start() < range[2] && tag.end() > range[1]
                    : owner[t] == i;
                if (inside) {
                    indexes.add(t);
                }
            }
            shares.add(new Share(range[0], range[1], List.copyOf(indexes)));
        }
        return shares;
    }

    /**
     * The segment a point at {@code offset} of {@code block} belongs to: the last one starting at
     * or before it, unless the one before it ends right there (a footnote reference after a
     * full stop, with the next sentence written on without a space); the first when it comes
     * before every segment.
     */
    private static int owner(List<int[]> ranges, List<Integer> inBlock, int offset) {
        int owner = -1;
        int previous = -1;
        for (int i : inBlock) {
            int[] range = ranges.get(i);
            if (owner < 0) {
                owner = i;
            }
            if (range[1] <= offset && !(range[1] == offset && previous >= 0 && ranges.get(previous)[2] == offset)) {
                owner = i;
            }
            previous = i;
        }
        return owner;
    }
}
