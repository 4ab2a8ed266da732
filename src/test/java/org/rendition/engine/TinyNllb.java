package org.rendition.engine;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.text.Language;

/** Tests over the tiny NLLB checkpoint, imported into a test folder and opened once per class. */
public abstract class TinyNllb {
    public static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
    @TempDir
    static Path packs;
    protected static TranslationEngine engine;

    @BeforeAll
    static void openEngine() throws Exception {
        engine = TranslationEngine.open(new ModelLibrary(packs).importFrom(SharedData.model("tiny-nllb"),
                ImportRequest.defaults()));
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    /** The model's own translation of one Russian sentence. */
    protected static String translate(String sentence) {
        return engine.translate(List.of(sentence), RU_EN, DecodingOptions.modelDefaults(), CancelSignal.NEVER,
                SentenceListener.NONE).get(0);
    }
}
