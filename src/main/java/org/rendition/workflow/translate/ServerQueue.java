package org.rendition.workflow.translate;

import java.util.Optional;

/**
 * Whether the team server answers, and how many of the analyst's changes wait to be sent to it.
 *
 * @param waiting changes not yet in the database
 * @param problem why the server cannot be reached, empty once it answers again
 */
public record ServerQueue(int waiting, Optional<String> problem) {
    public boolean reachable() {
        return problem.isEmpty();
    }
}
