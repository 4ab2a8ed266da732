package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import org.rendition.workflow.translate.GlossaryHit;
import org.rendition.workflow.translate.SegmentAids;
import org.rendition.workflow.translate.TmMatch;

/** The side pane's lines for a segment's TM matches and glossary hits. */
final class AidLines {
    private AidLines() {
    }

    static List<String> of(SegmentAids aids) {
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (TmMatch match : aids.matches()) {
            lines.add(Messages.get(number <= SegmentTable.INSERTABLE_MATCHES ? "aids.matchWithKey" : "aids.match",
                    match.percent(), match.source(), match.target(), number++));
        }
        for (GlossaryHit hit : aids.glossaryHits()) {
            lines.add(Messages.get("aids.glossary", hit.term(), hit.translation()));
        }
        return lines;
    }
}
