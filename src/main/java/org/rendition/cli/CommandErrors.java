package org.rendition.cli;

import java.util.concurrent.Callable;
import org.rendition.workflow.WorkflowException;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a command body; a failure becomes one sentence on stderr and exit status 1. */
final class CommandErrors {
    static final int FAILED = 1;

    private CommandErrors() {
    }

    static int run(CommandSpec spec, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (WorkflowException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return FAILED;
        }
    }
}
