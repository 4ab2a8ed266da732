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

    /**
     * Something the analyst should know of the run before its segments come, one sentence: the
     * segments found in another language than the document's, and what is done with them.
     */
    default void note(String note) {
    }
}
