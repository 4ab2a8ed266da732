package org.rendition.engine.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.function.Function;
import org.rendition.engine.natives.StepKernels;

/**
 * The best {@code 2k} continuations of each sentence's {@code k} beams: the largest sums of a
 * word's log-probability and its beam's running score over (beams × words), with the values and
 * order that the reference's {@code torch.topk} over the (sentences, beams × words) sums returns.
 *
 * <p>Adding a row's running score keeps the order of that row's words (float addition never
 * reverses an order), so only each row's best {@code 2k + 1} words can be among its sentence's best
 * {@code 2k}: a top-k per row finds them and the running scores are added to those alone, rather
 * than to every word of every row. The result is the reference's whenever a sentence's best
 * {@code 2k + 1} sums are all different, because then no choice is left to the sort. Equal sums
 * happen (forced tokens leave -inf everywhere else; identical beams give identical sums), and
 * {@code torch.topk} orders equal values by its heap, not by index; such a sentence takes the
 * reference's own path instead: add everywhere, then one top-k over its beams × words (log-softmax
 * and top-k work row by row, so one sentence's rows give what the whole batch's would).
 */
final class BestContinuations {
    /** Per sentence, {@code candidates} sums, best first, and their indices over beams × words. */
    record Top(float[] scores, long[] indices) {
    }

    private BestContinuations() {
    }

    /**
     * @param logits (sentences × beams, words), before log-softmax and the logits rules
     * @param length tokens in each row so far, as the rules count them
     * @param running each row's running score, row order as {@code logits}
     */
    static Top find(NDArray logits, LogitsRules rules, int length, float[] running, int beams, int candidates) {
        long words = logits.getShape().get(1);
        int perRow = candidates + 1;
        NDArray logProbs = null;
        if (words > perRow && !rules.forces(length)) {
            float[] values;
            long[] columns;
            if (StepKernels.available()) {
                int rows = running.length;
                values = new float[rows * perRow];
                int[] found = new int[rows * perRow];
                if (StepKernels.rowBest(logits.toByteBuffer(true), rows, (int) words, rules.blockedColumns(length),
                        perRow, values, found) != 0) {
                    throw new IllegalStateException("The best words of a step could not be found: out of memory.");
                }
                columns = Arrays.stream(found).asLongStream().toArray();
            } else {
                logProbs = rules.apply(logits.logSoftmax(1), length);
                NDList rowBest = logProbs.topK(perRow, 1, true, true);
                values = rowBest.get(0).toFloatArray();
                columns = rowBest.get(1).toLongArray();
            }
            NDArray knownLogProbs = logProbs;
            return withTiesResolved(values, columns, sentence -> knownLogProbs != null ? knownLogProbs.get(sentence)
                    : rules.apply(logits.get(sentence).logSoftmax(1), length), running, beams, candidates, words);
        }
        return overAllWords(logProbs != null ? logProbs : rules.apply(logits.logSoftmax(1), length), running, beams,
                candidates);
    }

    /**
     * The continuations from each row's best {@code candidates + 1} words found elsewhere (by the
     * vocabulary product itself, decision 0032): their log-probabilities and columns, row after row.
     *
     * @param sentenceLogits the logits of a sentence's rows (given as an index of rows), computed
     *     only for a sentence whose best sums tie
     */
    static Top fromRowWords(float[] values, int[] columns, Function<NDIndex, NDArray> sentenceLogits,
            LogitsRules rules, int length, float[] running, int beams, int candidates, long words) {
        return withTiesResolved(values, Arrays.stream(columns).asLongStream().toArray(),
                sentence -> rules.apply(sentenceLogits.apply(sentence).logSoftmax(1), length), running, beams,
                candidates, words);
    }

    /**
     * The continuations from each row's best words; a sentence whose best sums tie takes the
     * reference's path alone, on its rows' log-probabilities ({@code sentenceLogProbs}): log-softmax
     * and top-k work row by row, so one sentence's rows give what the whole batch's would.
     */
    private static Top withTiesResolved(float[] values, long[] columns, Function<NDIndex, NDArray> sentenceLogProbs,
            float[] running, int beams, int candidates, long words) {
        boolean[] tied = new boolean[running.length / beams];
        Top top = fromRowBests(values, columns, running, beams, candidates, words, tied);
        for (int s = 0; s < tied.length; s++) {
            if (tied[s]) {
                NDArray sentence = sentenceLogProbs.apply(new NDIndex(s * beams + ":" + (s + 1) * beams));
                Top one = overAllWords(sentence, Arrays.copyOfRange(running, s * beams, (s + 1) * beams), beams,
                        candidates);
                System.arraycopy(one.scores(), 0, top.scores(), s * candidates, candidates);
                System.arraycopy(one.indices(), 0, top.indices(), s * candidates, candidates);
            }
        }
        return top;
    }

    /**
     * The continuations of a step that forces one word (at {@code column}): its log-probability is 0
     * and every other word's minus infinity, as the rules leave them, so each beam's only finite sum
     * is its running score and no logits are read. Per sentence, its beams with the forced word,
     * best first (equal scores in beam order), then {@code candidates - beams} at minus infinity,
     * which the search never keeps while a finite one is left.
     */
    static Top forced(int column, float[] running, int beams, int candidates, long words) {
        int sentences = running.length / beams;
        float[] scores = new float[sentences * candidates];
        long[] indices = new long[sentences * candidates];
        Integer[] order = new Integer[beams];
        for (int s = 0; s < sentences; s++) {
            int first = s * beams;
            for (int k = 0; k < beams; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Float.compare(running[first + b], running[first + a]));
            for (int c = 0; c < candidates; c++) {
                int beam = c < beams ? order[c] : (c - beams) % beams;
                long word = c < beams ? column : (column + 1) % words;
                scores[s * candidates + c] = c < beams ? running[first + beam] : Float.NEGATIVE_INFINITY;
                indices[s * candidates + c] = beam * words + word;
            }
        }
        return new Top(scores, indices);
    }

    /**
     * The continuations from each row's best words; a sentence whose best {@code candidates + 1}
     * sums are not all different is marked in {@code tied} and left for the reference's path.
     */
    private static Top fromRowBests(float[] values, long[] columns, float[] running, int beams, int candidates,
            long words, boolean[] tied) {
        int perRow = candidates + 1;
        int sentences = running.length / beams;
        int pool = beams * perRow;
        float[] scores = new float[sentences * candidates];
        long[] indices = new long[sentences * candidates];
        float[] sums = new float[pool];
        Integer[] order = new Integer[pool];
        for (int s = 0; s < sentences; s++) {
            for (int i = 0; i < pool; i++) {
                int row = s * beams + i / perRow;
                sums[i] = values[row * perRow + i % perRow] + running[row];
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Float.compare(sums[b], sums[a]));
            for (int c = 0; c < candidates; c++) {
                // Also false for NaN, and for 0 against -0, which torch holds equal.
                tied[s] |= !(sums[order[c]] > sums[order[c + 1]]);
            }
            for (int c = 0; c < candidates && !tied[s]; c++) {
                int i = order[c];
                int beam = i / perRow;
                scores[s * candidates + c] = sums[i];
                indices[s * candidates + c] = beam * words + columns[(s * beams + beam) * perRow + i % perRow];
            }
        }
        return new Top(scores, indices);
    }

    private static Top overAllWords(NDArray logProbs, float[] running, int beams, int candidates) {
        long rows = running.length;
        NDArray sums = logProbs.add(logProbs.getManager().create(running, new Shape(rows, 1)))
                .reshape(rows / beams, beams * logProbs.getShape().get(1));
        NDList top = sums.topK(candidates, 1, true, true);
        return new Top(top.get(0).toFloatArray(), top.get(1).toLongArray());
    }
}
