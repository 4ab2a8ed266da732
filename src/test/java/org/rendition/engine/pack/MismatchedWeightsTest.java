package org.rendition.engine.pack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;

/**
 * A config.json that describes other weights than model.safetensors holds (a plausible width,
 * layer count or vocabulary, but not these weights') is refused at import, and a pack whose
 * config.json was changed after import is named damaged by verify (what doctor runs).
 */
class MismatchedWeightsTest {
    @TempDir
    Path dir;

    private Path copyOf(String model) throws Exception {
        Path checkpoint = Files.createDirectories(dir.resolve("copy-of-" + model));
        try (Stream<Path> files = Files.list(SharedData.model(model))) {
            for (Path file : files.toList()) {
                Files.copy(file, checkpoint.resolve(file.getFileName()));
            }
        }
        return checkpoint;
    }

    private static void claim(Path config, String field, String value) throws Exception {
        Files.writeString(config, Files.readString(config).replaceFirst("\"" + field + "\"\\s*:\\s*\\d+",
                "\"" + field + "\": " + value));
    }

    @ParameterizedTest
    @CsvSource({"d_model,128,does not match config.json", "encoder_layers,3,has no tensor",
            "decoder_layers,1,more layers than", "vocab_size,4000,does not match config.json"})
    void aConfigDescribingOtherWeightsIsRefusedAtImport(String field, String value, String said) throws Exception {
        Path checkpoint = copyOf("tiny-nllb");
        claim(checkpoint.resolve("config.json"), field, value);
        PackImportException refused = assertThrows(PackImportException.class,
                () -> new ModelLibrary(dir.resolve("models")).importFrom(checkpoint, ImportRequest.defaults()));
        assertTrue(refused.getMessage().contains(said), refused.getMessage());
        assertTrue(refused.getMessage().contains("different checkpoints"), refused.getMessage());
    }

    @Test
    void theReferenceCheckpointsPassTheShapeCheck() throws Exception {
        ModelLibrary library = new ModelLibrary(dir.resolve("models"));
        library.importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults()).verify();
        library.importFrom(SharedData.model("tiny-marian-zh-en"), ImportRequest.defaults()).verify();
    }
}
