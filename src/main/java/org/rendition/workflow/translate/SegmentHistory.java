package org.rendition.workflow.translate;

import org.rendition.workflow.translate.SegmentEvent;
import org.rendition.engine.LanguagePair;

/** Where the job history plugs in: every translated, edited or confirmed segment is recorded. */
@FunctionalInterface
public interface SegmentHistory {
    SegmentHistory NONE = event -> { };

    void record(SegmentEvent event);

    /** The document's classification marking was set to {@code classification}. */
    default void classified(String document, LanguagePair pair, String classification) {
    }
}
