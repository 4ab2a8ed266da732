package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.text.Language;

/**
 * Real sentences through a full-size OPUS-MT model, checking the words that carry the meaning.
 * ../shared/README.md says when such a model is added (as {@code opus-mt-ru-en}); until then this
 * test is skipped with the reason printed.
 */
class FullSizeModelTest {
    @TempDir
    Path temp;

    @Test
    void fullSizeModelTranslatesMeaningBearingWords() throws Exception {
        Path checkpoint = SharedData.root().resolve("models/opus-mt-ru-en");
        if (!Files.isDirectory(checkpoint)) {
            System.out.println("SKIPPED: no full-size model in ../shared/models (looked for opus-mt-ru-en); "
                    + "the tiny test models cannot show translation quality.");
        }
        assumeTrue(Files.isDirectory(checkpoint), "no full-size model in ../shared/models");
        ModelPack pack = new ModelLibrary(temp).importFrom(checkpoint, ImportRequest.defaults());
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            List<String> english = engine.translate(List.of("Министерство обороны сообщило о начале учений.",
                    "Я люблю свою собаку."), new LanguagePair(Language.RUSSIAN, Language.ENGLISH),
                    DecodingOptions.modelDefaults(), CancelSignal.NEVER, SentenceListener.NONE);
            String first = english.get(0).toLowerCase(Locale.ROOT);
            assertTrue(first.contains("defen") && first.contains("ministry") && first.contains("exercise"), first);
            assertTrue(english.get(1).toLowerCase(Locale.ROOT).contains("dog"), english.get(1));
        }
    }
}
