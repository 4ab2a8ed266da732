package org.rendition.workflow.translate;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.packs.EngineCache;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.MemoryAssist;
import org.rendition.workflow.translate.SegmentOrigin;
import org.rendition.workflow.translate.SegmentOutcome;
import org.rendition.workflow.translate.TranslatedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.KeptTranslation;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.SentenceListener;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.UnsupportedLanguagePairException;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.text.Detection;
import org.rendition.text.InputText;
import org.rendition.text.InvalidInputException;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmMatch;
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
    private final MemoryAssist memory;
    private final UserProfile profile;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private LanguageDetector detector;

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
        this.profile = profile;
        this.memory = new MemoryAssist(profile);
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
     * instead of the model; glossary terms, names and numbers are kept in the model's output.
     *
     * @param document name recorded in the history
     * @param source the source language, or empty to detect it
     * @param model a pack name, or empty to choose one for the pair
     */
    public TranslatedText translate(String document, String text, Optional<Language> source, Language target,
            Optional<String> model, DecodingOptions options, CancelSignal cancel) {
        Language from = source.isPresent() ? source.get() : detect(text);
        if (from == target) {
            throw new WorkflowException("The text is already in " + target.displayName()
                    + "; choose another target language with --to, or give the source language with --from.");
        }
        LanguagePair pair = new LanguagePair(from, target);
        TranslationEngine engine = engines.engineFor(engines.choose(pair, model));
        SegmentedText segmented = SegmentedText.of(text, from, segmenter);
        List<String> sentences = segmented.sentences();

        String[] targets = new String[sentences.size()];
        SegmentOrigin[] origins = new SegmentOrigin[sentences.size()];
        List<Optional<TmLookup>> lookups = new ArrayList<>();
        List<List<GlossaryHit>> hits = new ArrayList<>();
        List<Integer> forModel = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Optional<TmLookup> lookup = memory.lookup(sentences.get(i), from, target);
            lookups.add(lookup);
            hits.add(memory.glossaryHits(sentences.get(i), from, target));
            Optional<TmMatch> exact = MemoryAssist.exact(lookup);
            if (exact.isPresent()) {
                targets[i] = exact.get().entry().target();
                origins[i] = SegmentOrigin.MEMORY_EXACT;
            } else {
                forModel.add(i);
            }
        }
        KeptTranslation machine;
        try {
            machine = engine.translateKeeping(forModel.stream().map(sentences::get).toList(),
                    forModel.stream().map(i -> MemoryAssist.fixedRenderings(sentences.get(i), hits.get(i))).toList(),
                    pair, options, cancel, SentenceListener.NONE);
        } catch (UnsupportedLanguagePairException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
        for (int m = 0; m < forModel.size(); m++) {
            targets[forModel.get(m)] = machine.translations().get(m);
            origins[forModel.get(m)] = machine.repaired().get(m) ? SegmentOrigin.MACHINE_REPAIRED
                    : SegmentOrigin.MACHINE;
        }
        List<SegmentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            outcomes.add(new SegmentOutcome(sentences.get(i), targets[i], origins[i],
                    MemoryAssist.bestFuzzy(lookups.get(i)), hits.get(i)));
        }
        Optional<String> job = record(document, pair, engine, outcomes);
        return new TranslatedText(segmented.reassemble(List.of(targets)), from, source.isEmpty(),
                engine.pack().name(), engine.pack().manifestHash(), outcomes, job);
    }

    private Optional<String> record(String document, LanguagePair pair, TranslationEngine engine,
            List<SegmentOutcome> outcomes) {
        if (profile == null) {
            return Optional.empty();
        }
        TranslationJob job = profile.history().startJob(document, pair.source().iso1(), pair.target().iso1(),
                engine.pack().name(), engine.pack().manifestHash());
        for (int i = 0; i < outcomes.size(); i++) {
            SegmentOutcome outcome = outcomes.get(i);
            List<String> memoryHits = new ArrayList<>();
            if (outcome.origin() == SegmentOrigin.MEMORY_EXACT) {
                memoryHits.add("exact 100%");
            }
            outcome.fuzzyMatch().ifPresent(m -> memoryHits.add("fuzzy " + m.score() + "%: " + m.entry().target()));
            List<String> glossaryHits = outcome.glossaryHits().stream()
                    .map(h -> h.matchedText() + " = " + h.term().target()).toList();
            job.segmentTranslated(i, outcome.source(), outcome.target(), memoryHits, glossaryHits);
        }
        job.finish();
        return Optional.of(job.id());
    }

    /**
     * The language of {@code text}, or empty when no language is a clear answer. The detector
     * (Lingua's models, large) is built once, on first use, and shared with document translation.
     */
    synchronized Optional<Language> detectLanguage(String text) {
        if (detector == null) {
            detector = new LanguageDetector();
        }
        return detector.detect(text).map(Detection::language);
    }

    private Language detect(String text) throws WorkflowException {
        Optional<Language> detection = detectLanguage(text);
        if (detection.isEmpty()) {
            throw new WorkflowException("Could not tell which language the text is in; give it with --from "
                    + "(for example --from ru).");
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
