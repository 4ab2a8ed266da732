package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import java.util.function.Supplier;
import org.rendition.store.ServerException;
import org.rendition.store.ServerUnreachableException;
import org.rendition.store.StoreException;

/** Turns storage failures into {@link WorkflowException}s so callers handle one type. */
public final class Guard {
    private Guard() {
    }

    public static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ServerUnreachableException e) {
            throw new org.rendition.workflow.ServerUnreachableException(e.getMessage(), e);
        } catch (ServerException e) {
            // The team server's address and logins are the administrator's: no other file helps.
            throw new WorkflowException(e.getMessage(), WorkflowException.Hint.NONE, e);
        } catch (StoreException e) {
            // Every other store error is about the database file: another file is what the user can choose.
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
