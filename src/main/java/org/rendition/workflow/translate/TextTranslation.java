package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.qa.QaCheck;
import org.rendition.text.Detection;
import org.rendition.text.InputText;
import org.rendition.text.InvalidInputException;
import org.rendition.text.Language;
import org.rendition.text.LanguageDetector;
import org.rendition.text.SegmentedText;
import org.rendition.text.SentenceSegmenter;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.packs.EngineCache;
import org.rendition.workflow.profile.UserProfile;

/**
 * Translates a text: finds its language when not given, splits it into sentences keeping its
 * layout, picks a model pack for the pair, and puts the translated sentences back in place.
 * Loaded engines are kept until {@link #close()}, so a session pays each model's load once.
 */
public final class TextTranslation implements AutoCloseable {
    private final EngineCache engines;
    private final boolean ownsEngines;
    private final TranslationAids aids;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private LanguageDetector detector;
    /** Enough sentences per run for the engine's batches to be full and sorted by length. */
    private static final int CHUNK_SENTENCES = 128;
    /** A few pages: a run of this much text takes seconds to a minute on a workstation. */
    private static final long CHUNK_CHARS = 8_000;

    /** Translation with the model alone: no memory, glossary or history. */
    public TextTranslation(Path modelsDirectory) {
        this(modelsDirectory, null);
    }

    /**
     * Translation that uses the profile's memory and glossaries and records history.
     *
     * @param profile the user's profile database (not closed here), or null for the model alone
     */
    public TextTranslation(Path modelsDirectory, UserProfile profile) {
        this(new EngineCache(modelsDirectory), true, profile);
    }

    /** Shares another use case's engines, so the workstation loads each model once. */
    TextTranslation(EngineCache engines, boolean ownsEngines) {
        this(engines, ownsEngines, null);
    }

    TextTranslation(EngineCache engines, boolean ownsEngines, UserProfile profile) {
        this.engines = engines;
        this.ownsEngines = ownsEngines;
        this.aids = profile == null ? TranslationAids.modelAlone() : TranslationAids.of(profile);
    }

    /**
     * The text of a plain-text input (a file or standard input), refusing what is empty, binary or
     * not UTF-8 with a sentence that names {@code sourceName}.
     */
    public static String readText(byte[] bytes, String sourceName) throws WorkflowException {
        try {
            return InputText.decode(bytes, sourceName);
        } catch (InvalidInputException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /** Translates {@code text}, recorded in history under the name {@code "text"}. */
    public TranslatedText translate(String text, Optional<Language> source, Language target, Optional<String> model,
            DecodingOptions options, CancelSignal cancel) {
        return translate("text", text, source, target, model, options, cancel);
    }

    /**
     * Translates {@code text} into {@code target}. Exact translation-memory matches are used
     * instead of the model; glossary terms, names and numbers are kept in the model's output. Each
     * segment comes back with the model's confidence in its target and what QA found in it.
     *
     * @param document name recorded in the history
     * @param source the source language, or empty to detect it
     * @param model a pack name, or empty to choose one for the pair
     */
    public TranslatedText translate(String document, String text, Optional<Language> source, Language target,
            Optional<String> model, DecodingOptions options, CancelSignal cancel) {
        return translate(document, text, source, target, model, options, cancel, (done, total) -> { });
    }

    /**
     * As above, telling {@code progress} after each sentence how many of how many are translated,
     * so a long text shows how far it has come.
     */
    public TranslatedText translate(String document, String text, Optional<Language> source, Language target,
            Optional<String> model, DecodingOptions options, CancelSignal cancel,
            FileTranslation.ProgressListener progress) {
        TextBudget.checkRunOn(text);
        Language from = source.isPresent() ? source.get() : detect(text);
        if (from == target) {
            throw new WorkflowException("The text is already in " + target.displayName()
                    + "; choose another target language, or give the source language.",
                    WorkflowException.Hint.TARGET_LANGUAGE);
        }
        SegmentedText segmented = SegmentedText.of(text, from, segmenter);
        List<String> sentences = segmented.sentences();
        // Before the model is loaded: a text past the budget is refused in seconds.
        TextBudget.checkSentences(sentences.size());
        LanguagePair pair = new LanguagePair(from, target);
        org.rendition.engine.pack.ModelPack pack = engines.choose(pair, model);
        TranslationEngine engine = engines.engineFor(pack);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            segments.add(Segment.untranslated(i, 0, sentences.get(i)));
        }
        // Each segment goes into the history as it finishes, so a killed run keeps what it had done.
        SegmentRecorder recorder = new SegmentRecorder(aids.profile());
        String marking = aids.profile().map(p -> p.classificationScheme().lowest().label()).orElse("");
        SegmentTranslator translator = new SegmentTranslator(aids);
        // A detected source may hold sentences in other languages (Russian quoted in an Arabic
        // report): each goes to the model for its own language, or is left as it is and said so.
        SegmentLanguages languages = source.isPresent() ? SegmentLanguages.all(from, sentences.size())
                : segmentLanguages(sentences, Optional.of(from));
        LanguageRoutes routes = LanguageRoutes.plan(languages.groups(indexes(sentences.size())), pair, pack,
                other -> engines.choose(other, Optional.empty()), engines::engineFor, "Sentence");
        TranslatedSegment[] results = new TranslatedSegment[segments.size()];
        for (Segment segment : segments) {
            results[segment.index()] = new TranslatedSegment(segment, SegmentAids.NONE);
        }
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        int routed = routes.routes().stream().mapToInt(route -> route.indexes().size()).sum();
        // Sentences no model takes count as done at once, so the progress still reaches the end.
        progress.translated(done.addAndGet(segments.size() - routed), segments.size());
        for (LanguageRoutes.Route route : routes.routes()) {
            List<Segment> part = route.indexes().stream().map(segments::get).toList();
            for (List<Segment> chunk : chunks(part)) {
                // Recorded in the text's own job, whichever model translated the sentence.
                List<TranslatedSegment> finished = translator.translate(chunk, route.pair(), route.engine(), options,
                        cancel, each -> {
                            recorder.translated(document, pair, route.pack(), marking, each);
                            progress.translated(done.incrementAndGet(), segments.size());
                        });
                // Scored and checked by the model that translated them, in their own language pair.
                QualityCheck.assess(finished, route.engine(), route.pair(), QaCheck.forFreshTranslation())
                        .forEach(each -> results[each.segment().index()] = each);
            }
        }
        List<TranslatedSegment> translated = List.of(results);
        Optional<String> job = recorder.finish(document, pair);
        return new TranslatedText(segmented.reassemble(translated.stream().map(t -> t.segment().exportText()).toList()),
                from, source.isEmpty(), engine.pack().name(), engine.pack().manifestHash(), translated, job,
                routes.notes());
    }

    /** The language of each of {@code segments}, told alone or by its neighbours; {@code main} where neither tells. */
    SegmentLanguages segmentLanguages(List<String> segments, Optional<Language> main) {
        return SegmentLanguages.detect(detector(), segments, main);
    }

    /**
     * Consecutive runs of sentences, each of at most {@link #CHUNK_SENTENCES} sentences and about
     * {@link #CHUNK_CHARS} characters, translated one after the other. The engine decodes what
     * it is given longest first and a sentence is done when its last piece is: given a whole long
     * text at once, it would finish almost every sentence at the very end, and progress would
     * stand still for the length of the run. Within a run the engine still batches by length.
     */
    private static List<List<Segment>> chunks(List<Segment> segments) {
        List<List<Segment>> chunks = new ArrayList<>();
        int from = 0;
        long chars = 0;
        for (int i = 0; i < segments.size(); i++) {
            chars += segments.get(i).source().length();
            if (i + 1 - from >= CHUNK_SENTENCES || chars >= CHUNK_CHARS || i == segments.size() - 1) {
                chunks.add(segments.subList(from, i + 1));
                from = i + 1;
                chars = 0;
            }
        }
        return chunks;
    }

    private static List<Integer> indexes(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    /**
     * The language of {@code text}, or empty when no language is a clear answer. The detector
     * (Lingua's models, large) is built once, on first use, and shared with document translation.
     */
    Optional<Language> detectLanguage(String text) {
        return detector().detect(text).map(Detection::language);
    }

    private synchronized LanguageDetector detector() {
        if (detector == null) {
            detector = new LanguageDetector();
        }
        return detector;
    }

    private Language detect(String text) throws WorkflowException {
        Optional<Language> detection = detectLanguage(text);
        if (detection.isEmpty()) {
            throw new WorkflowException("Could not tell which language the text is in; give its language.",
                    WorkflowException.Hint.SOURCE_LANGUAGE);
        }
        return detection.get();
    }

    @Override
    public void close() {
        if (ownsEngines) {
            engines.close();
        }
    }
}
