package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.DiffChunk;
import org.rendition.memory.TmMatch;
import org.rendition.workflow.translate.SegmentAids;

/**
 * The side pane's lines for a segment's TM matches and glossary hits: each match in full, and for
 * a fuzzy one its differences from the current source, word by word.
 *
 * @param text the line as text (what a screen reader and the tests read)
 * @param differences a fuzzy match's word differences, shown marked; empty for other lines
 */
record AidLines(String text, List<DiffChunk> differences) {
    AidLines {
        differences = List.copyOf(differences);
    }

    static List<AidLines> of(SegmentAids aids) {
        List<AidLines> lines = new ArrayList<>();
        int number = 1;
        for (TmMatch match : aids.matches()) {
            lines.add(new AidLines(Messages.get(number <= SegmentTable.INSERTABLE_MATCHES ? "aids.matchWithKey"
                    : "aids.match", match.score(), match.entry().source(), match.entry().target(), number++), List.of()));
            if (!match.isExact()) {
                // What differs from the segment, as the command line prints it: the part to fix.
                lines.add(new AidLines(Messages.get("aids.differences", match.renderedDifferences()),
                        match.differences()));
            }
        }
        for (GlossaryHit hit : aids.glossaryHits()) {
            lines.add(new AidLines(Messages.get("aids.glossary", hit.matchedText(), hit.term().target()), List.of()));
        }
        return lines;
    }
}
