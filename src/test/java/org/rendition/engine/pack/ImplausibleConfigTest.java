package org.rendition.engine.pack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;

/** A checkpoint whose config.json claims an impossible shape is refused at import, naming the field. */
class ImplausibleConfigTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"max_position_embeddings,2000000000", "d_model,1000000", "encoder_attention_heads,0"})
    void anImpossibleShapeIsRefusedAtImport(String field, String value) throws Exception {
        Path checkpoint = Files.createDirectories(dir.resolve("forged"));
        try (Stream<Path> files = Files.list(SharedData.model("tiny-marian-zh-en"))) {
            for (Path file : files.toList()) {
                Files.copy(file, checkpoint.resolve(file.getFileName()));
            }
        }
        Path config = checkpoint.resolve("config.json");
        Files.writeString(config, Files.readString(config).replaceFirst("\"" + field + "\"\\s*:\\s*\\d+",
                "\"" + field + "\": " + value));
        PackImportException refused = assertThrows(PackImportException.class,
                () -> new ModelLibrary(dir.resolve("models")).importFrom(checkpoint, ImportRequest.defaults()));
        assertTrue(refused.getMessage().contains(field + " " + value), refused.getMessage());
    }
}
