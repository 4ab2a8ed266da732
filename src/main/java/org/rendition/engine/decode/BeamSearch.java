package org.rendition.engine.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.rendition.engine.model.DecoderState;
import org.rendition.engine.model.OutputWords;
import org.rendition.engine.model.Seq2SeqModel;

/**
 * Beam search over a batch, with the same bookkeeping as HuggingFace {@code transformers}
 * (so that outputs match the reference token for token): at each step the best {@code 2k}
 * continuations of all {@code k} beams are taken; those ending in end-of-sentence (or reaching the
 * maximum length) among the first {@code k} become finished hypotheses, scored by log-probability
 * divided by length to the power of the length penalty; the best {@code k} unfinished ones go on.
 * A sentence stops when, by the early-stopping rule, no running beam can beat its worst finished one.
 *
 * <p>Tensor work (softmax, per-row top-k) runs in PyTorch; only each row's best candidates come
 * back to Java ({@link BestContinuations}). Arithmetic on scores is float32, as in the reference,
 * including its -1e9 markers.
 */
final class BeamSearch {
    private static final float EXCLUDED = -1.0e9f;

    private final Seq2SeqModel model;
    private final GenerationSettings settings;
    private final OutputWords words;
    private final LogitsRules rules;
    private final int beams;
    private final int candidates;

    BeamSearch(Seq2SeqModel model, GenerationSettings settings, OutputWords words) {
        this.model = model;
        this.settings = settings;
        this.words = words;
        this.rules = new LogitsRules(settings, words);
        this.beams = settings.numBeams();
        // One end-of-sentence id: keeping 2k candidates guarantees k of them can keep running.
        this.candidates = 2 * beams;
    }

    List<int[]> generate(List<int[]> sources, CancelSignal cancel) {
        int batch = sources.size();
        // Columns of the logits: the whole vocabulary, or a shortlist's words mapped back below.
        int vocabulary = words.size();
        List<SentenceBeams> sentences = new ArrayList<>();
        for (int b = 0; b < batch; b++) {
            sentences.add(new SentenceBeams(beams, settings.decoderStartId()));
        }
        // Sentences still searching, in row order; a sentence that can no longer improve leaves
        // the batch (its result is fixed from then on, exactly as in the reference).
        List<SentenceBeams> active = new ArrayList<>(sentences);
        long[] tokens = new long[batch * beams];
        Arrays.fill(tokens, settings.decoderStartId());
        try (NDManager run = model.newRunManager();
                DecoderState state = model.startDecoding(run, model.encode(run, sources), beams, words)) {
            int length = 1;
            while (true) {
                cancel.check();
                int rows = active.size();
                float[] topScores;
                long[] topIndices;
                float[] running = new float[rows * beams];
                for (int b = 0; b < rows; b++) {
                    System.arraycopy(active.get(b).runningScores, 0, running, b * beams, beams);
                }
                try (NDManager scratch = run.newSubManager()) {
                    OptionalInt forced = rules.forcedColumn(length);
                    BestContinuations.Top top;
                    if (forced.isPresent()) {
                        model.feed(state, tokens, scratch);
                        top = BestContinuations.forced(forced.getAsInt(), running, beams, candidates, vocabulary);
                    } else {
                        NDArray hidden = model.decodeStep(state, tokens, scratch);
                        Optional<Seq2SeqModel.RowWords> best = model.bestWords(state, hidden,
                                rules.blockedColumns(length), candidates + 1);
                        top = best.isPresent()
                                ? BestContinuations.fromRowWords(best.get().logProbs(), best.get().columns(),
                                        sentence -> model.logits(state, hidden.get(sentence)), rules, length, running, beams,
                                        candidates, vocabulary)
                                : BestContinuations.find(model.logits(state, hidden), rules, length, running, beams,
                                        candidates);
                    }
                    topScores = top.scores();
                    topIndices = top.indices();
                }
                boolean everyCandidateStops = true;
                long[] sourceRows = new long[rows * beams];
                long[] nextTokens = new long[rows * beams];
                for (int b = 0; b < rows; b++) {
                    SentenceBeams sentence = active.get(b);
                    Candidate[] step = new Candidate[candidates];
                    for (int c = 0; c < candidates; c++) {
                        long index = topIndices[b * candidates + c];
                        int token = words.id((int) (index % vocabulary));
                        boolean stops = token == settings.eosId() || length + 1 >= settings.maxLength();
                        everyCandidateStops &= stops;
                        step[c] = new Candidate((int) (index / vocabulary), token, topScores[b * candidates + c],
                                stops);
                    }
                    sentence.finish(step, length, settings);
                    int[] chosen = sentence.continueBest(step);
                    for (int k = 0; k < beams; k++) {
                        sourceRows[b * beams + k] = (long) b * beams + step[chosen[k]].beam;
                        nextTokens[b * beams + k] = step[chosen[k]].token;
                    }
                }
                length++;
                boolean improvementPossible = false;
                boolean allSlotsFinished = true;
                for (SentenceBeams sentence : sentences) {
                    improvementPossible |= sentence.updateEarlyStop(length, settings);
                    allSlotsFinished &= sentence.allSlotsFinished();
                }
                boolean openBeam = !(allSlotsFinished && settings.earlyStopping() == EarlyStopping.TRUE);
                if (!(improvementPossible && openBeam && !everyCandidateStops)) {
                    break;
                }
                int kept = 0;
                for (int b = 0; b < rows; b++) {
                    if (active.get(b).mayImprove) {
                        System.arraycopy(sourceRows, b * beams, sourceRows, kept * beams, beams);
                        System.arraycopy(nextTokens, b * beams, nextTokens, kept * beams, beams);
                        kept++;
                    }
                }
                active.removeIf(sentence -> !sentence.mayImprove);
                state.select(Arrays.copyOf(sourceRows, kept * beams));
                tokens = Arrays.copyOf(nextTokens, kept * beams);
            }
        }
        return sentences.stream().map(SentenceBeams::best).toList();
    }

    /** One of the 2k continuations of a step: which beam it extends, with which token. */
    private record Candidate(int beam, int token, float score, boolean stops) {
    }

    /** The running and finished hypotheses of one sentence. */
    private static final class SentenceBeams {
        private final int beams;
        private TokenBuffer[] running;
        private final float[] runningScores;
        private TokenBuffer[] finished;
        private float[] finishedScores;
        private boolean[] slotFinished;
        private boolean mayImprove = true;

        SentenceBeams(int beams, int startToken) {
            this.beams = beams;
            this.running = new TokenBuffer[beams];
            this.runningScores = new float[beams];
            this.finished = new TokenBuffer[beams];
            this.finishedScores = new float[beams];
            this.slotFinished = new boolean[beams];
            for (int k = 0; k < beams; k++) {
                running[k] = new TokenBuffer(startToken);
                // Only the first beam is live at the start; the rest are copies that must not win.
                runningScores[k] = k == 0 ? 0f : EXCLUDED;
                finishedScores[k] = EXCLUDED;
            }
        }

        /** Merges this step's stopping candidates (among the first k) into the finished set. */
        void finish(Candidate[] step, int length, GenerationSettings settings) {
            float denominator = (float) Math.pow(length, settings.lengthPenalty());
            boolean full = allSlotsFinished() && settings.earlyStopping() == EarlyStopping.TRUE;
            int total = beams + step.length;
            float[] scores = new float[total];
            boolean[] done = new boolean[total];
            System.arraycopy(finishedScores, 0, scores, 0, beams);
            System.arraycopy(slotFinished, 0, done, 0, beams);
            for (int c = 0; c < step.length; c++) {
                boolean justFinished = step[c].stops && c < beams;
                float score = step[c].score / denominator;
                if (full) {
                    score += EXCLUDED;
                }
                if (!mayImprove) {
                    score += EXCLUDED;
                }
                if (!justFinished) {
                    score += EXCLUDED;
                }
                scores[beams + c] = score;
                done[beams + c] = justFinished;
            }
            int[] best = topIndices(scores, beams);
            TokenBuffer[] nextFinished = new TokenBuffer[beams];
            float[] nextScores = new float[beams];
            boolean[] nextDone = new boolean[beams];
            for (int k = 0; k < beams; k++) {
                int i = best[k];
                nextScores[k] = scores[i];
                nextDone[k] = done[i];
                nextFinished[k] = i < beams ? finished[i] : extend(step[i - beams]);
            }
            finished = nextFinished;
            finishedScores = nextScores;
            slotFinished = nextDone;
        }

        /** Picks the k best candidates that did not stop; returns their indices in {@code step}. */
        int[] continueBest(Candidate[] step) {
            float[] scores = new float[step.length];
            for (int c = 0; c < step.length; c++) {
                scores[c] = step[c].stops ? step[c].score + EXCLUDED : step[c].score;
            }
            int[] best = topIndices(scores, beams);
            TokenBuffer[] next = new TokenBuffer[beams];
            for (int k = 0; k < beams; k++) {
                next[k] = extend(step[best[k]]);
                runningScores[k] = scores[best[k]];
            }
            running = next;
            return best;
        }

        /**
         * transformers' heuristic: the sentence may still improve while its best running score,
         * normalised at the current length (or the maximum, for {@code NEVER}), beats a finished slot.
         */
        boolean updateEarlyStop(int length, GenerationSettings settings) {
            if (!mayImprove) {
                return false;
            }
            boolean never = settings.earlyStopping() == EarlyStopping.NEVER && settings.lengthPenalty() > 0;
            int hypotheticalLength = (never ? settings.maxLength() : length) - 1;
            float best = runningScores[0] / (float) Math.pow(hypotheticalLength, settings.lengthPenalty());
            float worstFinished = Float.POSITIVE_INFINITY;
            for (float score : finishedScores) {
                worstFinished = Math.min(worstFinished, score);
            }
            boolean any = false;
            for (int k = 0; k < beams; k++) {
                any |= best > (slotFinished[k] ? worstFinished : EXCLUDED);
            }
            mayImprove = any;
            return mayImprove;
        }

        boolean allSlotsFinished() {
            for (boolean done : slotFinished) {
                if (!done) {
                    return false;
                }
            }
            return true;
        }

        int[] best() {
            return (finished[0] != null ? finished[0] : running[0]).toArray();
        }

        private TokenBuffer extend(Candidate candidate) {
            return running[candidate.beam].plus(candidate.token);
        }

        /** Indices of the k largest scores, earlier index first among equals. */
        private static int[] topIndices(float[] scores, int k) {
            Integer[] order = new Integer[scores.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
            int[] top = new int[k];
            for (int i = 0; i < k; i++) {
                top[i] = order[i];
            }
            return top;
        }
    }
}
