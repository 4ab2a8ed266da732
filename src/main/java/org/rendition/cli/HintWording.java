package org.rendition.cli;

import org.rendition.workflow.WorkflowException;

/** How the command line names the setting a workflow error points at: as the option to give. */
final class HintWording {
    private HintWording() {
    }

    /** The message, followed by the option that would help. */
    static String describe(WorkflowException error) {
        String option = switch (error.hint()) {
            case NONE -> "";
            case SOURCE_LANGUAGE -> "Give it with --from, for example --from ru.";
            case TARGET_LANGUAGE -> "Choose it with --to, for example --to en.";
            case DATABASE -> "Name another database file with --db (or RENDITION_DB).";
            case PACK_NAME -> "Give another name with --name, or replace the installed pack with --replace.";
            case PACK_LANGUAGES -> "Give them with --source-lang and --target-lang.";
        };
        return option.isEmpty() ? error.getMessage() : error.getMessage() + " " + option;
    }
}
