package org.rendition.workflow.review;

import org.rendition.workflow.review.DiffPart;
import java.util.List;

/**
 * One segment as a reviewer sees it: what the machine said, what the document says now, the
 * word-level difference between the two and how much was changed.
 *
 * @param machineOutput what the engine (or the memory) produced, empty when a person wrote it all
 * @param editRatio     the share of the machine output that was changed, 0 (kept) to 1 (rewritten)
 * @param editedBy      who last changed the target, empty when no one did
 * @param renderedDiff  the diff on one line: {@code [-machine's words-]{+person's words+}}
 */
public record ReviewSegment(int index, String source, String machineOutput, String finalText, List<DiffPart> diff,
                            double editRatio, String editedBy, String renderedDiff) {
    public ReviewSegment {
        diff = List.copyOf(diff);
    }

    public boolean edited() {
        return editRatio > 0;
    }
}
