package org.rendition.workflow.review;

import java.util.List;
import java.util.Optional;

/**
 * One segment as a reviewer sees it: what the machine said, what the document says now, the
 * word-level difference between the two, how much was changed, the comments on it and, once the
 * document has been returned, what it said at that moment.
 *
 * @param index         the segment's position, from 0 as stored; people see {@link #number()}
 * @param machineOutput what the engine (or the memory) produced, empty when a person wrote it all
 * @param editRatio     the share of the machine output that was changed, 0 (kept) to 1 (rewritten)
 * @param editedBy      who last changed the target, empty when no one did
 * @param renderedDiff  the diff on one line: {@code [-machine's words-]{+person's words+}}
 * @param notes         comments on this segment, oldest first
 * @param sinceReturn   what changed since the document was last returned: empty when it never
 *                      was; present with no parts when the text is as it was then
 */
public record ReviewSegment(int index, String source, String machineOutput, String finalText, List<DiffPart> diff,
                            double editRatio, String editedBy, String renderedDiff, List<ReviewNote> notes,
                            Optional<SinceReturn> sinceReturn) {
    public ReviewSegment {
        diff = List.copyOf(diff);
        notes = List.copyOf(notes);
    }

    /** The segment's number as the editor and the command line show it, from 1. */
    public int number() {
        return index + 1;
    }

    public boolean edited() {
        return editRatio > 0;
    }

    /** True when the analyst changed this segment after the supervisor returned the document. */
    public boolean changedSinceReturn() {
        return sinceReturn.map(SinceReturn::changed).orElse(false);
    }

    /**
     * The segment's text when the document was returned and how it differs now.
     *
     * @param textAtReturn the final text at the last return, empty for a segment added since
     * @param diff         the word diff from that text to the current one
     * @param renderedDiff the same diff on one line
     */
    public record SinceReturn(String textAtReturn, List<DiffPart> diff, String renderedDiff) {
        public SinceReturn {
            diff = List.copyOf(diff);
        }

        public boolean changed() {
            return diff.stream().anyMatch(p -> p.kind() != DiffPart.Kind.SAME);
        }
    }
}
