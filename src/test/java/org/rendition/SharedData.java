package org.rendition;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared}, which holds checkpoints and test sets the repository may not carry. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("rendition.shared", System.getenv("RENDITION_SHARED"));
        return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
    }

    /** A checkpoint folder under shared/models, or the test is skipped with the reason printed. */
    public static Path model(String name) {
        Path folder = root().resolve("models").resolve(name);
        if (!Files.isDirectory(folder)) {
            System.out.println("SKIPPED: checkpoint " + folder + " is not present.");
        }
        assumeTrue(Files.isDirectory(folder), "checkpoint " + folder + " is not present");
        return folder;
    }

    /**
     * A models folder under {@code folder} with the tiny NLLB pack imported (Russian, Arabic and
     * Chinese into English), or the test is skipped when the checkpoint is missing.
     */
    public static Path tinyNllbModels(Path folder) throws Exception {
        Path models = folder.resolve("models");
        new org.rendition.engine.pack.ModelLibrary(models).importFrom(model("tiny-nllb"),
            org.rendition.engine.pack.ImportRequest.defaults());
        return models;
    }

    public static Path testset(String file) {
        Path path = root().resolve("testsets").resolve(file);
        assumeTrue(Files.exists(path), "test set " + path + " is not present");
        return path;
    }

    /**
     * The files of a corpus under shared/corpora ending in {@code extension}, sorted by name, or
     * the test is skipped when the corpus is missing.
     */
    public static java.util.List<Path> corpusFiles(String folder, String extension) throws java.io.IOException {
        Path corpus = root().resolve("corpora").resolve(folder);
        assumeTrue(Files.isDirectory(corpus), "corpus " + corpus + " is not present");
        try (java.util.stream.Stream<Path> list = Files.list(corpus)) {
            return list.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }
}
