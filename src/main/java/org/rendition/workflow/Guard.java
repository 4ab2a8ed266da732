package org.rendition.workflow;

import java.util.function.Supplier;
import org.rendition.store.StoreException;

/** Turns storage failures into {@link WorkflowException}s so callers handle one type. */
final class Guard {
    private Guard() {
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
