package org.rendition.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.rendition.engine.confidence.ConfidenceScorer;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.Precision;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.engine.shortlist.Shortlist;
import org.rendition.engine.shortlist.ShortlistException;
import org.rendition.engine.shortlist.ShortlistFile;
import org.rendition.engine.shortlist.ShortlistSetting;
import org.rendition.engine.tokenize.SubwordTokenizer;
import org.rendition.text.FixedRendering;

/**
 * Translates sentences with one model pack. It owns the model and its tokenizer and closes them;
 * it needs no JavaFX and no database, so the command line, the benchmark and the workstation all
 * use it the same way.
 *
 * <p>Sentences are sorted by length and decoded in batches, so padding is small; sentences longer
 * than the model can read are split at clause boundaries and their translations joined. The
 * batches are decoded by {@link DecoderSetting decoding workers} (decision 0029).
 */
public final class TranslationEngine implements AutoCloseable {
    private final ModelPack pack;
    private final Seq2SeqModel model;
    private final SubwordTokenizer tokenizer;
    private final GenerationSettings defaults;
    private final int sourceLimit;
    private final TranslationCache cache = TranslationCache.fromSettings();
    private final ConfidenceScorer scorer;
    private final Optional<Shortlist> shortlist;
    private final ParallelDecoder decoder;

    private TranslationEngine(ModelPack pack, Seq2SeqModel model, SubwordTokenizer tokenizer,
            GenerationSettings defaults, Optional<Shortlist> shortlist, ParallelDecoder decoder) {
        this.pack = pack;
        this.decoder = decoder;
        this.shortlist = shortlist;
        this.model = model;
        this.tokenizer = tokenizer;
        this.defaults = defaults;
        // Longer inputs would run past the position table, and their output past the length limit.
        this.sourceLimit = Math.min(model.maxSourceTokens(), defaults.maxLength());
        this.scorer = new ConfidenceScorer(model, tokenizer, defaults.decoderStartId(), defaults.eosId(), sourceLimit,
                sourceLimit);
    }

    /**
     * Verifies the pack against its manifest, then loads it at the precision
     * {@code -Drendition.precision} chooses, else at the pack's own (float32 unless its manifest
     * declares another, decision 0028); a damaged pack is never loaded.
     */
    public static TranslationEngine open(ModelPack pack) throws PackDamagedException, IOException {
        return open(pack, Precision.chosenBySetting().orElse(pack.manifest().declaredPrecision()));
    }

    /**
     * Like {@link #open(ModelPack)}, with the model's products at {@code precision} (float32 where
     * bfloat16 cannot run here; {@link #precision()} says which).
     */
    public static TranslationEngine open(ModelPack pack, Precision precision) throws PackDamagedException, IOException {
        return open(pack, precision, ShortlistSetting.fromSettings());
    }

    /**
     * Like {@link #open(ModelPack, Precision)}; with the shortlist setting on, every batch chooses its
     * words from the pack's shortlist (decision 0026). It decodes with as many workers as
     * {@code -Drendition.decoders} says, by default PyTorch's threads on the calling thread.
     *
     * @throws IllegalArgumentException when {@code -Drendition.decoders} is not a whole number from 1 to 64
     * @throws ShortlistException when a shortlist is asked for and the pack has none, or a damaged one
     *     (the message is one sentence)
     */
    public static TranslationEngine open(ModelPack pack, Precision precision, ShortlistSetting shortlistSetting)
            throws PackDamagedException, IOException {
        pack.verify();
        OfflineMode.enforce();
        int decoders = DecoderSetting.fromSettings(ComputeThreads.current());
        ModelConfig config = ModelConfig.read(pack.folder().resolve("config.json"));
        SubwordTokenizer tokenizer = SubwordTokenizer.load(pack.folder(), config.architecture());
        try {
            Seq2SeqModel model = Seq2SeqModel.load(pack.folder(), config, precision);
            GenerationSettings defaults = GenerationSettings.read(pack.folder());
            Optional<Shortlist> shortlist = Optional.empty();
            if (shortlistSetting == ShortlistSetting.ON) {
                try {
                    shortlist = Optional.of(ShortlistFile.readIfPresent(pack.folder(), config.vocabSize())
                            .orElseThrow(() -> new ShortlistException("it has no shortlist: build one with "
                                    + "'rendition models shortlist " + pack.name() + " --source FILE --target FILE', "
                                    + "or leave the shortlist setting off.")));
                } catch (ShortlistException e) {
                    model.close();
                    throw new ShortlistException("Model pack '" + pack.name() + "': " + lowerFirst(e.getMessage()));
                }
            }
            ParallelDecoder decoder;
            try {
                // Single batches are decoded on the calling thread, and everything where there is one worker.
                ParallelDecoder.warmUp(model, defaults);
                decoder = new ParallelDecoder(model, decoders, defaults);
            } catch (RuntimeException | Error e) {
                model.close();
                throw e;
            }
            return new TranslationEngine(pack, model, tokenizer, defaults, shortlist, decoder);
        } catch (IOException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    private static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    public ModelPack pack() {
        return pack;
    }

    /** The precision the model's products run at. */
    public Precision precision() {
        return model.precision();
    }

    /** The shortlist every batch chooses its words from, or empty for the whole vocabulary (the default). */
    public Optional<Shortlist> shortlist() {
        return shortlist;
    }

    /** How many workers decode this engine's batches (1: the calling thread decodes). */
    public int decoders() {
        return decoder.workers();
    }

    /** Translates each sentence; the result has one translation per input, in order. */
    public List<String> translate(List<String> sentences, LanguagePair pair, DecodingOptions options,
            CancelSignal cancel, SentenceListener listener) {
        if (!pack.translates(pair.source(), pair.target())) {
            throw new UnsupportedLanguagePairException(pack.name(), pair);
        }
        GenerationSettings settings = settingsFor(pair, options);
        // Measuring a sentence for the splitter already tokenizes it; keep those ids, so each
        // sentence (or piece) goes through the tokenizer once.
        Map<String, int[]> encoded = new HashMap<>();
        Function<String, int[]> encode = text -> encoded.computeIfAbsent(text, t -> tokenizer.encode(t, pair.source()));
        LongSentenceSplitter splitter = new LongSentenceSplitter(text -> encode.apply(text).length, sourceLimit);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (String piece : splitter.split(sentences.get(i))) {
                pieces.add(new Piece(i, pieces.size(), encode.apply(piece)));
            }
        }
        String[] translatedPieces = new String[pieces.size()];
        int[] piecesLeft = new int[sentences.size()];
        pieces.forEach(piece -> piecesLeft[piece.sentence]++);
        String[] results = new String[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            if (piecesLeft[i] == 0 || sentences.get(i).isBlank()) {
                results[i] = sentences.get(i);
                piecesLeft[i] = 0;
            }
        }
        // A piece already translated (here or in an earlier document) is not decoded again, and
        // one repeated within this call is decoded once.
        Map<TranslationCache.Key, List<Piece>> toDecode = new LinkedHashMap<>();
        Completion completion = new Completion(sentences, pieces, translatedPieces, piecesLeft, results, listener);
        for (Piece piece : pieces) {
            if (sentences.get(piece.sentence).isBlank()) {
                continue;
            }
            TranslationCache.Key key = new TranslationCache.Key(settings, piece.ids);
            Optional<String> known = cache.find(key);
            if (known.isPresent()) {
                completion.done(piece, known.get());
            } else {
                toDecode.computeIfAbsent(key, k -> new ArrayList<>()).add(piece);
            }
        }
        List<Map.Entry<TranslationCache.Key, List<Piece>>> byLength = toDecode.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<TranslationCache.Key, List<Piece>> e) ->
                        e.getValue().get(0).ids.length).reversed()).toList();
        decodeInBatches(byLength.stream().map(e -> e.getValue().get(0).ids).toList(), settings, options.batchSize(),
                shortlist, cancel, (first, outputs) -> {
                    for (int b = 0; b < outputs.size(); b++) {
                        var entry = byLength.get(first + b);
                        String translation = tokenizer.decode(outputs.get(b)).strip();
                        cache.keep(entry.getKey(), translation);
                        entry.getValue().forEach(piece -> completion.done(piece, translation));
                    }
                });
        return Arrays.asList(results);
    }

    /**
     * Decodes sources in batches of {@code batchSize} in the order given, on the workers;
     * {@code done} gets the index of each batch's first source and its outputs, on the caller's
     * thread, as each batch is ready.
     */
    private void decodeInBatches(List<int[]> sources, GenerationSettings settings, int batchSize,
            Optional<Shortlist> words, CancelSignal cancel, BiConsumer<Integer, List<int[]>> done) {
        List<List<int[]>> batches = new ArrayList<>();
        for (int start = 0; start < sources.size(); start += batchSize) {
            batches.add(sources.subList(start, Math.min(sources.size(), start + batchSize)));
        }
        decoder.generateAll(batches, settings, words, cancel, (b, outputs) -> done.accept(b * batchSize, outputs));
    }

    /**
     * Decodes already-tokenized sentences as {@link #translate} decodes a document's: in batches of
     * {@code batchSize}, in the order given, spread over the workers (the benchmark's document
     * figures). The result has one output per source, in order.
     */
    public List<int[]> generateDocument(List<int[]> sources, GenerationSettings settings, int batchSize) {
        return generateDocument(sources, settings, batchSize, shortlist);
    }

    /** {@link #generateDocument(List, GenerationSettings, int)} choosing among {@code shortlist}'s words (benchmark). */
    public List<int[]> generateDocument(List<int[]> sources, GenerationSettings settings, int batchSize,
            Shortlist shortlist) {
        return generateDocument(sources, settings, batchSize, Optional.of(shortlist));
    }

    private List<int[]> generateDocument(List<int[]> sources, GenerationSettings settings, int batchSize,
            Optional<Shortlist> words) {
        int[][] outputs = new int[sources.size()][];
        decodeInBatches(sources, settings, batchSize, words, CancelSignal.NEVER, (first, batch) -> {
            for (int i = 0; i < batch.size(); i++) {
                outputs[first + i] = batch.get(i);
            }
        });
        return Arrays.asList(outputs);
    }

    /**
     * Translates sentences so that each one's fixed renderings (approved terms, names, numbers,
     * URLs) appear in its translation; see {@link RenderingRepair} for how.
     *
     * @param fixed for each sentence, the spans whose rendering is fixed (may be empty)
     */
    public KeptTranslation translateKeeping(List<String> sentences, List<List<FixedRendering>> fixed,
            LanguagePair pair, DecodingOptions options, CancelSignal cancel, SentenceListener listener) {
        if (fixed.size() != sentences.size()) {
            throw new IllegalArgumentException("One list of fixed renderings per sentence is needed.");
        }
        List<String> first = translate(sentences, pair, options, cancel, (index, translation) -> {
            if (RenderingRepair.honoured(translation, fixed.get(index))) {
                listener.translated(index, translation);
            }
        });
        List<String> results = new ArrayList<>(first);
        Boolean[] repaired = new Boolean[sentences.size()];
        List<Integer> toRepair = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            repaired[i] = !RenderingRepair.honoured(first.get(i), fixed.get(i));
            if (repaired[i]) {
                toRepair.add(i);
            }
        }
        List<List<RenderingRepair.Part>> cuts = new ArrayList<>();
        List<String> freeText = new ArrayList<>();
        for (int i : toRepair) {
            List<RenderingRepair.Part> parts = RenderingRepair.cut(sentences.get(i), fixed.get(i));
            cuts.add(parts);
            parts.stream().filter(p -> !p.fixed()).forEach(p -> freeText.add(p.text()));
        }
        List<String> freeTranslations = translate(freeText, pair, options, cancel, SentenceListener.NONE);
        int next = 0;
        for (int r = 0; r < toRepair.size(); r++) {
            List<String> pieces = new ArrayList<>();
            for (RenderingRepair.Part part : cuts.get(r)) {
                pieces.add(part.fixed() ? part.text() : freeTranslations.get(next++));
            }
            int sentence = toRepair.get(r);
            results.set(sentence, RenderingRepair.join(pieces));
            listener.repaired(sentence, results.get(sentence));
        }
        return new KeptTranslation(results, List.of(repaired));
    }

    /** The model (tests: its managers show what a run left open). */
    Seq2SeqModel model() {
        return model;
    }

    /** Translations kept for repeated sentences (tests). */
    int cachedTranslations() {
        return cache.size();
    }

    /**
     * How sure the model is of each target as a translation of its source, word by word, with each
     * word's source words; empty for a pair where either is blank or too long for one pass. One
     * forced pass of the model per batch, a fraction of what translating the sentences costs.
     */
    public List<Optional<TranslationConfidence>> score(List<String> sources, List<String> targets,
            LanguagePair pair) {
        return scorer.score(sources, targets, pair.source(), pair.target());
    }

    /** {@link #score(List, List, LanguagePair)} of one sentence. */
    public Optional<TranslationConfidence> score(String source, String target, LanguagePair pair) {
        return score(List.of(source), List.of(target), pair).get(0);
    }

    /** Token ids of one source sentence, as the model reads it (for tests and the benchmark). */
    public int[] encode(String sentence, LanguagePair pair) {
        return tokenizer.encode(sentence, pair.source());
    }

    /** Settings after applying a request's overrides and the target-language token. */
    public GenerationSettings settingsFor(LanguagePair pair, DecodingOptions options) {
        GenerationSettings settings = defaults;
        if (options.beams() > 0) {
            settings = settings.withBeams(options.beams());
        }
        if (options.maxLength() > 0) {
            settings = settings.withMaxLength(options.maxLength());
        }
        var forced = tokenizer.targetLanguageToken(pair.target());
        return forced.isPresent() ? settings.withForcedBos(forced.getAsInt()) : settings;
    }

    /**
     * Decodes already-tokenized sentences as one batch on the calling thread, with its PyTorch
     * threads (parity tests, benchmark), with this engine's shortlist if any.
     */
    public List<int[]> generate(List<int[]> sources, GenerationSettings settings) {
        return decoder.generate(sources, settings, shortlist, CancelSignal.NEVER);
    }

    /** Decodes already-tokenized sentences as one batch choosing among {@code shortlist}'s words (benchmark, tests). */
    public List<int[]> generate(List<int[]> sources, GenerationSettings settings, Shortlist shortlist) {
        return decoder.generate(sources, settings, Optional.of(shortlist), CancelSignal.NEVER);
    }

    public String decode(int[] ids) {
        return tokenizer.decode(ids);
    }

    private static String join(List<Piece> pieces, String[] translated, int sentence) {
        StringBuilder joined = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece.sentence == sentence && !translated[piece.order].isEmpty()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(translated[piece.order]);
            }
        }
        return joined.toString();
    }

    /** A sentence or, for an over-long one, one part of it. */
    private record Piece(int sentence, int order, int[] ids) {
    }

    /** Puts translated pieces in place; a sentence is reported once its last piece is in. */
    private record Completion(List<String> sentences, List<Piece> pieces, String[] translatedPieces, int[] piecesLeft,
            String[] results, SentenceListener listener) {
        void done(Piece piece, String translation) {
            translatedPieces[piece.order] = translation;
            if (--piecesLeft[piece.sentence] == 0) {
                results[piece.sentence] = join(pieces, translatedPieces, piece.sentence);
                listener.translated(piece.sentence, results[piece.sentence]);
            }
        }
    }

    @Override
    public void close() {
        try (SubwordTokenizer t = tokenizer; Seq2SeqModel m = model) {
            // The workers finish their batches before the weights they read are freed.
            decoder.close();
        }
    }
}
