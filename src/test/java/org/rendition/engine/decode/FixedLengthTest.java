package org.rendition.engine.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.engine.TinyCheckpoint;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.Seq2SeqModel;

/** The benchmark's fixed output length: the work per sentence is known whatever the weights say. */
class FixedLengthTest {
    private static final List<int[]> SOURCES = List.of(new int[] {5, 9, 13, 0}, new int[] {7, 3, 22, 31, 18, 0},
            new int[] {2, 0});

    @TempDir
    Path folder;

    @Test
    void greedyAndBeamOutputsHaveExactlyTheFixedLengthWithoutEndingEarly() throws IOException {
        // A short maximum length in the model's own settings must not cut the fixed length either.
        Path checkpoint = TinyCheckpoint.write(folder.resolve("tiny"), 11, 4);
        try (Seq2SeqModel model = Seq2SeqModel.load(checkpoint, ModelConfig.read(checkpoint.resolve("config.json")))) {
            for (int beams : new int[] {1, 4}) {
                GenerationSettings settings = GenerationSettings.read(checkpoint).withBeams(beams).withFixedLength(20);
                for (int[] output : Generator.generate(model, SOURCES, settings, CancelSignal.NEVER)) {
                    assertEquals(21, output.length, "decoder start plus 20 tokens");
                    for (int i = 1; i < output.length; i++) {
                        assertNotEquals(TinyCheckpoint.EOS, output[i], "end of sentence at position " + i);
                    }
                }
            }
        }
    }

    @Test
    void fixedLengthMustBePositive() {
        GenerationSettings settings = new GenerationSettings(1, 10, 0, 1f, EarlyStopping.FALSE, List.of(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), 0, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> settings.withFixedLength(0));
    }
}
