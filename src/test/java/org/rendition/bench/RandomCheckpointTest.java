package org.rendition.bench;

import org.rendition.bench.RandomCheckpoint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.text.Language;

/**
 * The benchmark's checkpoint generator at a small size (2+2 layers, d_model 64) with the real
 * 65,001-entry OPUS-MT vocabulary: the same code path as the full-size model, fast enough for CI.
 */
class RandomCheckpointTest {
    private static final RandomCheckpoint.Shape SMALL = new RandomCheckpoint.Shape(2, 64, 4, 128, 65_001);

    @TempDir
    Path temp;

    @Test
    void generatedCheckpointImportsLoadsAndDecodesAtTheFixedLength() throws Exception {
        Path tokenizer = SharedData.model("tiny-marian-zh-en");
        Path checkpoint = RandomCheckpoint.write(temp.resolve("random"), SMALL, 5, tokenizer);
        Path weights = checkpoint.resolve("model.safetensors");
        long headerLength;
        try (var in = Files.newInputStream(weights)) {
            headerLength = ByteBuffer.wrap(in.readNBytes(8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        }
        assertEquals(SMALL.parameters() * 4, Files.size(weights) - 8 - headerLength,
                "the data section holds every parameter once, as float32");
        ModelPack pack = new ModelLibrary(temp.resolve("models")).importFrom(checkpoint,
                new ImportRequest("random", "test", Language.CHINESE, Language.ENGLISH, false));
        LanguagePair pair = new LanguagePair(Language.CHINESE, Language.ENGLISH);
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            List<int[]> sources = List.of(engine.encode("我们今天去公园散步。", pair), engine.encode("你好。", pair));
            for (int beams : new int[] {1, 4}) {
                GenerationSettings settings = engine.settingsFor(pair, DecodingOptions.modelDefaults().withBeams(beams))
                        .withFixedLength(12);
                for (int[] output : engine.generate(sources, settings)) {
                    assertEquals(13, output.length);
                    assertEquals(SMALL.vocab() - 1, output[0], "Marian starts decoding from the pad token");
                }
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameWeights() throws Exception {
        Path tokenizer = SharedData.model("tiny-marian-zh-en");
        RandomCheckpoint.Shape tiny = new RandomCheckpoint.Shape(1, 16, 2, 32, 65_001);
        Path first = RandomCheckpoint.write(temp.resolve("a"), tiny, 9, tokenizer).resolve("model.safetensors");
        Path second = RandomCheckpoint.write(temp.resolve("b"), tiny, 9, tokenizer).resolve("model.safetensors");
        assertArrayEquals(sha256(first), sha256(second));
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
