package org.rendition.workflow.translate;

import org.rendition.documents.Segment;

/** Told about each segment as its translation arrives, so a grid can fill in row by row. */
@FunctionalInterface
public interface SegmentListener {
    SegmentListener NONE = (segment, done, total) -> { };

    /**
     * @param segment the segment with its new target
     * @param done segments finished so far in this run
     * @param total segments this run translates
     */
    void translated(Segment segment, int done, int total);
}
