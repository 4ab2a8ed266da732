package org.rendition.workflow.packs;

import java.nio.file.Path;
import java.util.Optional;
import org.rendition.engine.pack.ModelManifest;

/**
 * One folder of the models directory as an administrator sees it: the pack's manifest when it
 * could be read, else why not.
 *
 * @param folderName the folder's name
 * @param folder where it is
 * @param manifest what the pack holds, when readable
 * @param problem why it could not be opened, in words, when it could not
 */
public record InstalledPack(String folderName, Path folder, Optional<ModelManifest> manifest,
        Optional<String> problem) {
}
