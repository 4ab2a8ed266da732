package org.rendition.bench;

import org.rendition.bench.RandomCheckpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.text.Language;

/**
 * The full-size OPUS-MT-shaped checkpoint (77.5M parameters, 310 MB) through import, load and
 * beam search. It writes 620 MB and takes tens of seconds, so it runs only when asked:
 * {@code mvn test -Dtest=FullSizeRandomModelTest -Drendition.fullSize=true}.
 */
class FullSizeRandomModelTest {
    @TempDir
    Path temp;

    @Test
    void fullSizeRandomCheckpointImportsLoadsAndDecodes() throws Exception {
        assumeTrue(Boolean.getBoolean("rendition.fullSize"), "full-size run not requested (-Drendition.fullSize=true)");
        Path checkpoint = RandomCheckpoint.write(temp.resolve("checkpoint"), RandomCheckpoint.Shape.OPUS_MT, 1,
                SharedData.model("tiny-marian-zh-en"));
        ModelPack pack = new ModelLibrary(temp.resolve("models")).importFrom(checkpoint,
                new ImportRequest("full", "test", Language.CHINESE, Language.ENGLISH, false));
        LanguagePair pair = new LanguagePair(Language.CHINESE, Language.ENGLISH);
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            List<int[]> outputs = engine.generate(List.of(engine.encode("我们今天去公园散步。", pair)),
                    engine.settingsFor(pair, DecodingOptions.modelDefaults().withBeams(4)).withFixedLength(8));
            assertEquals(9, outputs.get(0).length);
        }
    }
}
