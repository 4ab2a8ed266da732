package org.rendition.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.text.Language;

/** Tests of one engine on the tiny NLLB pack from ../shared, imported once per test class. */
abstract class TinyNllbEngineTest {
    @TempDir
    static Path temp;
    static TranslationEngine engine;
    static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);

    @BeforeAll
    static void open() throws Exception {
        engine = TranslationEngine.open(new ModelLibrary(temp).importFrom(SharedData.model("tiny-nllb"),
                ImportRequest.defaults()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }
}
