package org.rendition.workflow.profile;

import java.util.List;
import org.rendition.history.Verification;

/**
 * The verdict on the history's hash chain: intact, or the rows found edited, deleted or
 * reordered, the first broken row first.
 *
 * @param firstBrokenRow the sequence number of the first broken row, 0 when intact
 * @param problems       one sentence per problem, each naming its row
 */
public record HistoryCheck(long rowsChecked, long firstBrokenRow, List<String> problems) {
    public HistoryCheck {
        problems = List.copyOf(problems);
    }

    static HistoryCheck of(Verification v) {
        return new HistoryCheck(v.rowsChecked(), v.intact() ? 0 : v.problems().get(0).sequence(),
                v.problems().stream().map(Verification.Problem::description).toList());
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** One line for a status bar: "intact" or the first broken row. */
    public String summary() {
        return intact() ? "History intact: " + rowsChecked + " rows checked."
                : "History broken at row " + firstBrokenRow + ": " + problems.get(0)
                + (problems.size() > 1 ? " (" + (problems.size() - 1) + " more problems)" : "");
    }
}
