package org.rendition.cli;

import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import org.rendition.text.UnknownLanguageException;
import org.rendition.workflow.WorkflowException;
import picocli.CommandLine;

/**
 * Turns the errors a user can act on into one plain sentence on standard error and exit code 1;
 * anything else is a bug, reported with its stack trace so it can be filed.
 */
final class PlainErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof WorkflowException workflowError) {
            commandLine.getErr().println("rendition: " + HintWording.describe(workflowError));
            return USER_ERROR;
        }
        if (e instanceof UnknownLanguageException
                || e instanceof CancellationException || e instanceof UserInputException) {
            commandLine.getErr().println("rendition: " + e.getMessage());
            return USER_ERROR;
        }
        if (e instanceof UncheckedIOException io) {
            commandLine.getErr().println("rendition: " + io.getCause().getMessage());
            return USER_ERROR;
        }
        commandLine.getErr().println("rendition: an internal error occurred; please report it with this trace.");
        e.printStackTrace(commandLine.getErr());
        return 3;
    }
}
