package org.rendition.workflow;

/** Where the job history plugs in: every translated, edited or confirmed segment is recorded. */
@FunctionalInterface
public interface SegmentHistory {
    SegmentHistory NONE = event -> { };

    void record(SegmentEvent event);
}
