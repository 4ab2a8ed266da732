package org.rendition.engine.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.rendition.text.Language;

/**
 * An imported model: a folder holding a HuggingFace checkpoint and the manifest Rendition wrote.
 *
 * @param folder where the pack lives
 * @param manifest what it is and the digests of its files
 * @param manifestHash SHA-256 of the manifest file, recorded with every translation
 */
public record ModelPack(Path folder, ModelManifest manifest, String manifestHash) {

    /** Opens a pack folder; a missing or unreadable manifest counts as damage. */
    public static ModelPack open(Path folder) throws PackDamagedException {
        String name = folder.getFileName().toString();
        Path file = folder.resolve(ModelManifest.FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new PackDamagedException(name, ModelManifest.FILE_NAME, "is missing");
        }
        try {
            return new ModelPack(folder, ModelManifest.read(file), Sha256.of(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new PackDamagedException(name, ModelManifest.FILE_NAME, "cannot be read");
        }
    }

    public String name() {
        return manifest.name();
    }

    /** Whether the pack's manifest lists both languages on the right sides. */
    public boolean translates(Language from, Language to) {
        return manifest.sourceLanguages().contains(from.iso1()) && manifest.targetLanguages().contains(to.iso1());
    }

    /**
     * Re-hashes every file and compares it with the manifest: a missing, resized or changed file
     * is reported by name. Files are checked in name order so the report is repeatable.
     */
    public void verify() throws PackDamagedException {
        Map<String, FileDigest> files = new TreeMap<>(manifest.files());
        for (Map.Entry<String, FileDigest> entry : files.entrySet()) {
            String fileName = entry.getKey();
            Path file = folder.resolve(fileName).normalize();
            if (!file.getParent().equals(folder.normalize())) {
                throw new PackDamagedException(name(), fileName, "is not a plain file name");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new PackDamagedException(name(), fileName, "is missing");
            }
            try {
                if (Files.size(file) != entry.getValue().size()
                        || !Sha256.of(file).equals(entry.getValue().sha256())) {
                    throw new PackDamagedException(name(), fileName, "does not match its manifest");
                }
            } catch (IOException e) {
                throw new PackDamagedException(name(), fileName, "cannot be read");
            }
        }
        checkShapes();
    }

    /** The weights are the network config.json describes (cheap: the safetensors header only). */
    private void checkShapes() throws PackDamagedException {
        Path config = folder.resolve("config.json");
        Path weights = folder.resolve("model.safetensors");
        if (!Files.isRegularFile(config) || !Files.isRegularFile(weights)) {
            return; // a pack without them was refused by the checks above
        }
        try {
            org.rendition.engine.model.CheckpointShapes.check(org.rendition.engine.model.ModelConfig.read(config),
                    weights);
        } catch (IOException e) {
            throw new PackDamagedException(name(), "model.safetensors", "does not match config.json ("
                    + e.getMessage() + ")");
        }
    }
}
