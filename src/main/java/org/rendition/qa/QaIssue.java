package org.rendition.qa;

import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * One thing QA found in one segment.
 *
 * @param segment the segment's index in its document, from 0
 * @param check the check that found it
 * @param message one sentence for the analyst, quoting what differs
 */
@ValueType
public record QaIssue(int segment, QaCheck check, String message) {
    public QaIssue {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }
}
