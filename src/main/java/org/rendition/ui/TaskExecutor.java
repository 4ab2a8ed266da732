package org.rendition.ui;

import javafx.concurrent.Task;

/**
 * Runs the workstation's slow work off the FX application thread. View models submit every task
 * here, so a test can choose how tasks run.
 */
public interface TaskExecutor {
    void execute(Task<?> task);

    /** Stops taking work and waits a little for the running task to end. */
    void shutdown();
}
