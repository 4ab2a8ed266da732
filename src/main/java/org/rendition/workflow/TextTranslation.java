package org.rendition.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.SentenceListener;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.UnsupportedLanguagePairException;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.text.Detection;
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
    private final EngineCache engines;
    private final boolean ownsEngines;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private LanguageDetector detector;

    public TextTranslation(Path modelsDirectory) {
        this(new EngineCache(modelsDirectory), true);
    }

    /** Shares another use case's engines, so the workstation loads each model once. */
    TextTranslation(EngineCache engines, boolean ownsEngines) {
        this.engines = engines;
        this.ownsEngines = ownsEngines;
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
        TranslationEngine engine = engines.engineFor(engines.choose(pair, model));
        SegmentedText segmented = SegmentedText.of(text, from, segmenter);
        List<String> translated;
        try {
            translated = engine.translate(segmented.sentences(), pair, options, cancel, SentenceListener.NONE);
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

    @Override
    public void close() {
        if (ownsEngines) {
            engines.close();
        }
    }
}
