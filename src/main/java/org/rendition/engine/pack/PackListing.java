package org.rendition.engine.pack;

import java.util.Optional;

/**
 * One folder of the model library: the pack if its manifest could be read, else the problem.
 *
 * @param folderName name of the folder
 * @param pack the pack, when its manifest is readable
 * @param problem why it could not be opened, in words
 */
public record PackListing(String folderName, Optional<ModelPack> pack, Optional<String> problem) {
}
