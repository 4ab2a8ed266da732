package org.rendition.engine.confidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.rendition.engine.model.ForcedScores;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.tokenize.Piece;
import org.rendition.engine.tokenize.SubwordTokenizer;
import org.rendition.text.Language;

/**
 * Scores a translation with the model that would have produced it: one forced pass over the target
 * gives each piece's log-probability and the decoder's attention over the source, from which come
 * word and sentence confidence (Bergamot's unsupervised recipe), word alignment and the signs of
 * hallucination. Any target can be scored (the model's own output, a memory match, an analyst's
 * edit), and generation is untouched, so decoding stays token for token as it was.
 */
public final class ConfidenceScorer {
    /** Source words at least half as strongly attended as the strongest are aligned as well. */
    private static final double ALIGNED_SHARE = 0.5;
    /** Pairs scored in one pass; as many as a translation batch. */
    private static final int BATCH = 16;

    private final Seq2SeqModel model;
    private final SubwordTokenizer tokenizer;
    private final int decoderStartId;
    private final int eosId;
    private final int longestSource;
    private final int longestOutput;

    /**
     * @param longestSource the most source tokens the model reads
     * @param longestOutput the most output tokens the model writes, counting the decoder start
     */
    public ConfidenceScorer(Seq2SeqModel model, SubwordTokenizer tokenizer, int decoderStartId, int eosId,
            int longestSource, int longestOutput) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.decoderStartId = decoderStartId;
        this.eosId = eosId;
        this.longestSource = longestSource;
        this.longestOutput = longestOutput;
    }

    /**
     * How sure the model is of each target as the translation of its source; empty for a pair
     * where either is blank or longer than the model reads in one piece. Pairs are scored
     * {@value #BATCH} at a time, by length, so a document costs a few passes.
     */
    public List<Optional<TranslationConfidence>> score(List<String> sources, List<String> targets, Language from,
            Language to) {
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException("One target per source is needed.");
        }
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            prepare(i, sources.get(i), targets.get(i), from, to).ifPresent(prepared::add);
        }
        prepared.sort(Comparator.comparingInt((Prepared p) -> p.fed.length));
        List<Optional<TranslationConfidence>> results = new ArrayList<>(
                Collections.nCopies(sources.size(), Optional.empty()));
        for (int start = 0; start < prepared.size(); start += BATCH) {
            List<Prepared> batch = prepared.subList(start, Math.min(prepared.size(), start + BATCH));
            List<ForcedScores> scores = model.score(batch.stream().map(p -> p.sourceIds).toList(),
                    batch.stream().map(p -> p.fed).toList(), batch.stream().map(p -> p.expected).toList());
            for (int b = 0; b < batch.size(); b++) {
                Prepared p = batch.get(b);
                results.set(p.index, Optional.of(assemble(sources.get(p.index), targets.get(p.index), p.sourcePieces,
                        p.targetPieces, p.sourceLead, p.lead, scores.get(b))));
            }
        }
        return results;
    }

    /** One pair ready for the model: ids fed and expected, and where the pieces sit among them. */
    private record Prepared(int index, int[] sourceIds, List<Piece> sourcePieces, List<Piece> targetPieces,
            int sourceLead, int lead, int[] fed, int[] expected) {
    }

    private Optional<Prepared> prepare(int index, String source, String target, Language from, Language to) {
        if (source.isBlank() || target.isBlank()) {
            return Optional.empty();
        }
        int[] sourceIds = tokenizer.encode(source, from);
        List<Piece> sourcePieces = tokenizer.sourcePieces(source, from);
        List<Piece> targetPieces = tokenizer.targetPieces(target, to);
        OptionalInt forced = tokenizer.targetLanguageToken(to);
        int lead = forced.isPresent() ? 1 : 0;
        int sourceLead = sourceIds.length - 1 - sourcePieces.size();
        int length = 1 + lead + targetPieces.size();
        if (targetPieces.isEmpty() || sourcePieces.isEmpty() || sourceLead < 0 || sourceIds.length > longestSource
                || length > longestOutput) {
            return Optional.empty();
        }
        // Fed: start, [target language], pieces; expected: [target language], pieces, end.
        int[] fed = new int[length];
        int[] expected = new int[length];
        fed[0] = decoderStartId;
        if (forced.isPresent()) {
            fed[1] = forced.getAsInt();
            expected[0] = forced.getAsInt();
        }
        for (int i = 0; i < targetPieces.size(); i++) {
            expected[lead + i] = targetPieces.get(i).id();
            fed[1 + lead + i] = expected[lead + i];
        }
        expected[length - 1] = eosId;
        return Optional.of(new Prepared(index, sourceIds, sourcePieces, targetPieces, sourceLead, lead, fed, expected));
    }

    private static TranslationConfidence assemble(String source, String target, List<Piece> sourcePieces,
            List<Piece> targetPieces, int sourceLead, int lead, ForcedScores scores) {
        List<PieceWords.Group> sourceGroups = PieceWords.group(sourcePieces, source);
        List<PieceWords.Group> targetGroups = PieceWords.group(targetPieces, target);
        // Attention of each target piece over each source word, summed over the word's pieces.
        double[][] pieceToWord = new double[targetPieces.size()][sourceGroups.size()];
        double[] received = new double[sourceGroups.size()];
        for (int t = 0; t < targetPieces.size(); t++) {
            float[] row = scores.sourceAttention()[lead + t];
            for (int w = 0; w < sourceGroups.size(); w++) {
                PieceWords.Group word = sourceGroups.get(w);
                for (int p = word.firstPiece(); p < word.endPiece(); p++) {
                    pieceToWord[t][w] += row[sourceLead + p];
                }
                received[w] += pieceToWord[t][w];
            }
        }
        double meanReceived = IntStream.range(0, received.length).mapToDouble(w -> received[w]).average().orElse(0);
        List<SourceWord> sourceWords = new ArrayList<>();
        for (int w = 0; w < sourceGroups.size(); w++) {
            PieceWords.Group word = sourceGroups.get(w);
            sourceWords.add(new SourceWord(word.text(), word.start(), word.end(),
                    meanReceived > 0 ? received[w] / meanReceived : 0));
        }
        List<ScoredWord> words = new ArrayList<>();
        double sumOfWordLogProbs = 0;
        for (PieceWords.Group word : targetGroups) {
            double logProb = 0;
            double[] toSource = new double[sourceGroups.size()];
            for (int t = word.firstPiece(); t < word.endPiece(); t++) {
                logProb += scores.logProbs()[lead + t];
                for (int w = 0; w < toSource.length; w++) {
                    toSource[w] += pieceToWord[t][w];
                }
            }
            logProb /= word.endPiece() - word.firstPiece();
            sumOfWordLogProbs += logProb;
            words.add(new ScoredWord(word.text(), word.start(), word.end(), Math.exp(logProb), aligned(toSource)));
        }
        double confidence = Math.exp(sumOfWordLogProbs / targetGroups.size());
        return new TranslationConfidence(confidence, words, sourceWords, HallucinationCheck.signs(
                targetGroups.stream().map(PieceWords.Group::text).toList(), sourcePieces.size(), targetPieces.size(),
                sourceWords));
    }

    /** The most attended source word, and those at least half as attended, strongest first. */
    private static List<Integer> aligned(double[] toSource) {
        double strongest = 0;
        for (double weight : toSource) {
            strongest = Math.max(strongest, weight);
        }
        double floor = strongest * ALIGNED_SHARE;
        return IntStream.range(0, toSource.length).filter(w -> toSource[w] > 0 && toSource[w] >= floor).boxed()
                .sorted(Comparator.comparingDouble((Integer w) -> toSource[w]).reversed()).toList();
    }
}
