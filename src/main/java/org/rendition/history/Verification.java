package org.rendition.history;

import org.rendition.arch.ValueType;
import java.util.List;

/** The result of checking the history chain: intact when there are no problems. */
@ValueType
public record Verification(long rowsChecked, List<Problem> problems) {
    /** One thing wrong, naming the row. */
    public record Problem(long sequence, String description) {
    }

    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
