package org.rendition.cli;

import java.nio.file.Path;
import org.rendition.workflow.profile.AppLocations;
import picocli.CommandLine.Option;

/** The {@code --models-dir} option shared by every command that reads model packs. */
final class ModelsDirectoryOption {
    @Option(names = "--models-dir", paramLabel = "DIR",
            description = "Folder of model packs (default: RENDITION_MODELS, else the installation's models/).")
    Path directory;

    Path resolve() {
        return directory != null ? directory : AppLocations.modelsDirectory();
    }
}
