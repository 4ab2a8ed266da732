package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.Optional;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.ProfileSettings;

/**
 * What the window opens at start: the team server when one is chosen ({@code RENDITION_SERVER},
 * or the window's setting), else the workstation's profile, else the model alone; each step down
 * is said in one sentence, so the analyst knows where her work goes and keeps working.
 *
 * @param workflow what the window works with
 * @param notice   what the analyst must be told about where her work is kept, if anything
 */
public record WorkstationStart(DocumentTranslation workflow, Optional<String> notice) {
    /**
     * Opens the window's workflow.
     *
     * @param database the workstation's profile file, where the team-server setting is kept too
     * @param serverFromEnvironment {@code RENDITION_SERVER}, when set: it wins over the setting
     */
    public static WorkstationStart open(Path modelsDirectory, Path database, Optional<String> serverFromEnvironment) {
        Optional<String> server = serverFromEnvironment.filter(s -> !s.isBlank());
        String fallbackNotice = null;
        try {
            if (server.isEmpty()) {
                server = ProfileSettings.teamServer(database);
            }
            if (server.isPresent()) {
                return new WorkstationStart(DocumentTranslation.withTeamServer(modelsDirectory, server.get(),
                        ServerOutbox.besideProfile(database)),
                        Optional.empty());
            }
        } catch (WorkflowException e) {
            fallbackNotice = e.getMessage() + " Until the window is started again with the server back, work is kept"
                    + " in this workstation's profile.";
        }
        try {
            return new WorkstationStart(DocumentTranslation.withProfile(modelsDirectory, database),
                    Optional.ofNullable(fallbackNotice));
        } catch (WorkflowException e) {
            // The workstation still translates; memory, glossary and history are off until fixed.
            return new WorkstationStart(new DocumentTranslation(modelsDirectory), Optional.of(e.getMessage()
                    + " Translation memory and history are off."));
        }
    }
}
