package org.rendition.ui;

import javafx.concurrent.Task;

/**
 * Runs each task at once on the calling thread (the FX thread in view-model tests), so a test
 * sees a task's result, and its success handler's effect, as soon as the call returns.
 */
final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public void execute(Task<?> task) {
        task.run();
    }

    @Override
    public void shutdown() {
    }
}
