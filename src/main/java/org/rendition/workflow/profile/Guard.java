package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import java.util.function.Supplier;
import org.rendition.store.StoreException;

/** Turns storage failures into {@link WorkflowException}s so callers handle one type. */
public final class Guard {
    private Guard() {
    }

    public static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            // Every store error is about the database file: another file is what the user can choose.
            throw new WorkflowException(e.getMessage(), WorkflowException.Hint.DATABASE, e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
