package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmMatch;
import org.rendition.workflow.translate.SegmentAids;

/** The side pane's lines for a segment's TM matches and glossary hits. */
final class AidLines {
    private AidLines() {
    }

    static List<String> of(SegmentAids aids) {
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (TmMatch match : aids.matches()) {
            lines.add(Messages.get(number <= SegmentTable.INSERTABLE_MATCHES ? "aids.matchWithKey" : "aids.match",
                    match.score(), match.entry().source(), match.entry().target(), number++));
            if (!match.isExact()) {
                // What differs from the segment, as the command line prints it: the part to fix.
                lines.add(Messages.get("aids.differences", match.renderedDifferences()));
            }
        }
        for (GlossaryHit hit : aids.glossaryHits()) {
            lines.add(Messages.get("aids.glossary", hit.matchedText(), hit.term().target()));
        }
        return lines;
    }
}
