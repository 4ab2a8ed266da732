package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
        Language from = source.isPresent() ? source.get() : detect(text);
        if (from == target) {
            throw new WorkflowException("The text is already in " + target.displayName()
                    + "; choose another target language, or give the source language.",
                    WorkflowException.Hint.TARGET_LANGUAGE);
        }
        LanguagePair pair = new LanguagePair(from, target);
        TranslationEngine engine = engines.engineFor(engines.choose(pair, model));
        SegmentedText segmented = SegmentedText.of(text, from, segmenter);
        List<String> sentences = segmented.sentences();
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
        Map<Language, List<Integer>> byLanguage = source.isPresent()
                ? Map.of(from, indexes(segments.size())) : groupByLanguage(sentences, from);
        TranslatedSegment[] results = new TranslatedSegment[segments.size()];
        List<String> notes = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        progress.translated(0, segments.size());
        for (Map.Entry<Language, List<Integer>> group : byLanguage.entrySet()) {
            Language language = group.getKey();
            List<Segment> part = group.getValue().stream().map(segments::get).toList();
            if (part.isEmpty()) {
                continue;
            }
            Optional<TranslationEngine> partEngine = language == from ? Optional.of(engine)
                    : otherEngine(language, target, notes, group.getValue());
            if (partEngine.isEmpty()) {
                part.forEach(s -> results[s.index()] = new TranslatedSegment(s, SegmentAids.NONE));
                progress.translated(done.addAndGet(part.size()), segments.size());
                continue;
            }
            LanguagePair partPair = new LanguagePair(language, target);
            for (List<Segment> chunk : chunks(part)) {
                List<TranslatedSegment> finished = translator.translate(chunk, partPair, partEngine.get(), options,
                        cancel, each -> {
                            recorder.translated(document, partPair, partEngine.get().pack(), marking, each);
                            progress.translated(done.incrementAndGet(), segments.size());
                        });
                // Scored and checked by the model that translated them, in their own language pair.
                QualityCheck.assess(finished, partEngine.get(), partPair, QaCheck.forFreshTranslation())
                        .forEach(each -> results[each.segment().index()] = each);
            }
        }
        List<TranslatedSegment> translated = List.of(results);
        Optional<String> job = recorder.finish(document, pair);
        return new TranslatedText(segmented.reassemble(translated.stream().map(t -> t.segment().exportText()).toList()),
                from, source.isEmpty(), engine.pack().name(), engine.pack().manifestHash(), translated, job, notes);
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

    /**
     * The engine for sentences found in {@code language} inside a text mostly in another, or empty
     * (with a note saying why) when they are already in the target or no pack translates them.
     */
    private Optional<TranslationEngine> otherEngine(Language language, Language target, List<String> notes,
            List<Integer> indexes) {
        String which = (indexes.size() == 1 ? "Sentence " : "Sentences ")
                + indexes.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "));
        if (language == target) {
            notes.add(which + " already in " + target.displayName() + ": left as written.");
            return Optional.empty();
        }
        try {
            TranslationEngine other = engines.engineFor(engines.choose(new LanguagePair(language, target),
                    Optional.empty()));
            notes.add(which + " in " + language.displayName() + ": translated from " + language.displayName() + ".");
            return Optional.of(other);
        } catch (WorkflowException e) {
            notes.add(which + " in " + language.displayName() + " left untranslated: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Sentence indexes by the language each is in; a sentence no language is told for stays with {@code main}. */
    private Map<Language, List<Integer>> groupByLanguage(List<String> sentences, Language main) {
        List<Optional<Detection>> each = detector().detectEach(sentences);
        Map<Language, List<Integer>> groups = new LinkedHashMap<>();
        groups.put(main, new ArrayList<>());
        for (int i = 0; i < sentences.size(); i++) {
            Language language = each.get(i).map(Detection::language).orElse(main);
            groups.computeIfAbsent(language, l -> new ArrayList<>()).add(i);
        }
        return groups;
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
