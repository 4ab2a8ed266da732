package org.rendition.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.SentenceListener;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.UnsupportedLanguagePairException;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.text.Detection;
import org.rendition.text.FixedRendering;
import org.rendition.text.InvariantSpans;
import org.rendition.text.Language;
import org.rendition.text.LanguageDetector;
import org.rendition.text.SegmentedText;
import org.rendition.text.SentenceSegmenter;

/**
 * Translates a text: finds its language when not given, splits it into sentences keeping its
 * layout, picks a model pack for the pair, and puts the translated sentences back in place.
 * Loaded engines are kept until {@link #close()}, so a session pays each model's load once.
 */
public final class TextTranslation implements AutoCloseable {
    private final ModelLibrary library;
    private final ModelChooser chooser;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final Map<String, TranslationEngine> engines = new HashMap<>();
    private LanguageDetector detector;

    public TextTranslation(Path modelsDirectory) {
        this.library = new ModelLibrary(modelsDirectory);
        this.chooser = new ModelChooser(library);
    }

    /**
     * Translates {@code text} into {@code target}.
     *
     * @param source the source language, or empty to detect it
     * @param model a pack name, or empty to choose one for the pair
     */
    public TranslatedText translate(String text, Optional<Language> source, Language target, Optional<String> model,
            DecodingOptions options, CancelSignal cancel) throws WorkflowException {
        Language from = source.isPresent() ? source.get() : detect(text);
        if (from == target) {
            throw new WorkflowException("The text is already in " + target.displayName()
                    + "; choose another target language with --to, or give the source language with --from.");
        }
        LanguagePair pair = new LanguagePair(from, target);
        TranslationEngine engine = engineFor(chooser.choose(pair, model));
        SegmentedText segmented = SegmentedText.of(text, from, segmenter);
        List<String> translated;
        try {
            // Numbers, dates, URLs and e-mail addresses must keep their value in any translation.
            List<List<FixedRendering>> fixed = segmented.sentences().stream().map(InvariantSpans::find).toList();
            translated = engine.translateKeeping(segmented.sentences(), fixed, pair, options, cancel,
                    SentenceListener.NONE).translations();
        } catch (UnsupportedLanguagePairException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
        return new TranslatedText(segmented.reassemble(translated), from, source.isEmpty(), engine.pack().name(),
                engine.pack().manifestHash(), segmented.sentences().size());
    }

    private Language detect(String text) throws WorkflowException {
        if (detector == null) {
            detector = new LanguageDetector();
        }
        Optional<Detection> detection = detector.detect(text);
        if (detection.isEmpty()) {
            throw new WorkflowException("Could not tell which language the text is in; give it with --from "
                    + "(for example --from ru).");
        }
        return detection.get().language();
    }

    private TranslationEngine engineFor(ModelPack pack) throws WorkflowException {
        TranslationEngine engine = engines.get(pack.name());
        if (engine != null) {
            return engine;
        }
        try {
            engine = TranslationEngine.open(pack);
        } catch (PackDamagedException e) {
            throw new WorkflowException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new WorkflowException("Model pack '" + pack.name() + "' could not be loaded: " + e.getMessage()
                    + ". Re-import it from the original media.", e);
        }
        engines.put(pack.name(), engine);
        return engine;
    }

    @Override
    public void close() {
        engines.values().forEach(TranslationEngine::close);
        engines.clear();
    }
}
