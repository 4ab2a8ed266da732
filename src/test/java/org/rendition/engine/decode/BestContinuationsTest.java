package org.rendition.engine.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.rendition.engine.model.OutputWords;
import org.junit.jupiter.api.Test;

/**
 * The per-row shortcut gives what one top-k over every beam's log-probabilities gives, ties
 * included, whether the step kernels or PyTorch find each row's best words.
 */
class BestContinuationsTest {
    private static final int SENTENCES = 3;
    private static final int BEAMS = 4;
    private static final int CANDIDATES = 2 * BEAMS;
    private static final int WORDS = 500;
    private static final int BANNED = 11;
    private static final LogitsRules NO_RULES = rules(List.of());
    private static final LogitsRules BANNING = rules(List.of(BANNED));

    @Test
    void continuationsAreTheTopKOfEverySumOverBeamsAndWords() {
        Random random = new Random(16);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = randomLogits(manager, random);
            assertSameAsOneTopK(logits, randomRunning(random), NO_RULES);
        }
    }

    @Test
    void blockedWordIsNeverChosenButCountsInTheNormaliser() {
        Random random = new Random(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = randomLogits(manager, random);
            // The banned word is every row's best, so without the rule it would lead every sentence.
            logits.set(new NDIndex(":, " + BANNED), 50f);
            float[] running = randomRunning(random);
            assertSameAsOneTopK(logits, running, BANNING);
            BestContinuations.Top top = BestContinuations.find(logits, BANNING, 2, running, BEAMS, CANDIDATES);
            for (long index : top.indices()) {
                assertNotEquals(BANNED, index % WORDS);
            }
            // Every other word's log-probability is about 50 below zero: the banned word's mass counted.
            assertTrue(top.scores()[0] < -30f, "scores " + Arrays.toString(top.scores()));
        }
    }

    @Test
    void forcedTokenStepGivesTheReferenceOrderOfItsEqualSums() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // A forced token: every row is -inf but one word, so most of each sentence's sums are equal.
            NDArray logits = manager.full(new Shape(SENTENCES * BEAMS, WORDS), Float.NEGATIVE_INFINITY);
            logits.set(new NDIndex(":, 7"), 0f);
            float[] running = new float[SENTENCES * BEAMS];
            for (int i = 0; i < running.length; i++) {
                running[i] = i % BEAMS == 0 ? 0f : -1.0e9f;
            }
            assertSameAsOneTopK(logits, running, NO_RULES);
        }
    }

    /**
     * A step that forces a word needs no logits: each beam's one finite sum is its running score,
     * best first, as the reference's top-k over the forced log-probabilities gives them; the other
     * candidates are minus infinity there too, in an order no search step reads.
     */
    @Test
    void forcedWordContinuationsAreTheReferenceFiniteOnesWithoutLogits() {
        float[] running = randomRunning(new Random(8));
        long[][] compared = forcedAgainstOneTopK(running);
        assertArrayEquals(compared[0], compared[1]);
    }

    /**
     * Beams with equal running scores (the first step's copies of the start, forced a language tag)
     * come in beam order, where torch's heap may give another: the same beams with the same scores,
     * and the copies are the same hypothesis, so the output does not change.
     */
    @Test
    void forcedWordOnEqualBeamsKeepsTheSameBeamsAndScores() {
        float[] running = new float[SENTENCES * BEAMS];
        for (int i = 0; i < running.length; i++) {
            running[i] = i % BEAMS == 0 ? 0f : -1.0e9f;
        }
        long[][] compared = forcedAgainstOneTopK(running);
        for (int s = 0; s < SENTENCES; s++) {
            for (long[] indices : compared) {
                Arrays.sort(indices, s * BEAMS, (s + 1) * BEAMS);
            }
            assertArrayEquals(Arrays.copyOfRange(compared[0], s * BEAMS, (s + 1) * BEAMS),
                    Arrays.copyOfRange(compared[1], s * BEAMS, (s + 1) * BEAMS), "sentence " + s);
        }
    }

    /**
     * The reference's forced step (every log-probability minus infinity but word 7's, 0; then one
     * top-k) against {@link BestContinuations#forced}: scores asserted equal here; returned, the
     * indices of each sentence's first {@code BEAMS} candidates, the reference's then the shortcut's.
     */
    private static long[][] forcedAgainstOneTopK(float[] running) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray forced = manager.full(new Shape(SENTENCES * BEAMS, WORDS), Float.NEGATIVE_INFINITY);
            forced.set(new NDIndex(":, 7"), 0f);
            NDList expected = forced.add(manager.create(running, new Shape(running.length, 1)))
                    .reshape(SENTENCES, (long) BEAMS * WORDS).topK(CANDIDATES, 1, true, true);
            BestContinuations.Top top = BestContinuations.forced(7, running, BEAMS, CANDIDATES, WORDS);
            assertArrayEquals(expected.get(0).toFloatArray(), top.scores());
            long[] want = expected.get(1).toLongArray();
            long[][] firsts = new long[2][SENTENCES * BEAMS];
            for (int s = 0; s < SENTENCES; s++) {
                System.arraycopy(want, s * CANDIDATES, firsts[0], s * BEAMS, BEAMS);
                System.arraycopy(top.indices(), s * CANDIDATES, firsts[1], s * BEAMS, BEAMS);
            }
            return firsts;
        }
    }

    @Test
    void identicalBeamsGiveTheReferenceOrderOfTheirEqualSums() {
        Random random = new Random(3);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray row = randomLogits(manager, random).get(new NDIndex("0:1"));
            // Every beam the same hypothesis with the same score, as after a forced first token.
            NDArray logits = row.repeat(0, SENTENCES * BEAMS);
            assertSameAsOneTopK(logits, new float[SENTENCES * BEAMS], NO_RULES);
        }
    }

    /** A sentence whose sums tie takes the reference's path alone; the others keep theirs. */
    @Test
    void oneTiedSentenceAmongOthersGivesTheReferenceOrder() {
        Random random = new Random(12);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = randomLogits(manager, random);
            // Sentence 1: every beam the same hypothesis with the same score.
            NDArray row = logits.get(new NDIndex(BEAMS + ":" + (BEAMS + 1)));
            logits.set(new NDIndex(BEAMS + ":" + 2 * BEAMS), row.repeat(0, BEAMS));
            float[] running = randomRunning(random);
            Arrays.fill(running, BEAMS, 2 * BEAMS, -3f);
            assertSameAsOneTopK(logits, running, NO_RULES);
        }
    }

    private static NDArray randomLogits(NDManager manager, Random random) {
        float[] logits = new float[SENTENCES * BEAMS * WORDS];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) random.nextGaussian() * 3f;
        }
        return manager.create(logits, new Shape(SENTENCES * BEAMS, WORDS));
    }

    private static float[] randomRunning(Random random) {
        float[] running = new float[SENTENCES * BEAMS];
        for (int i = 0; i < running.length; i++) {
            running[i] = -20f * random.nextFloat();
        }
        return running;
    }

    private static LogitsRules rules(List<Integer> banned) {
        GenerationSettings settings = new GenerationSettings(BEAMS, 100, 0, 1f, EarlyStopping.FALSE, banned,
                OptionalInt.empty(), OptionalInt.empty(), 0, 1, 1);
        return new LogitsRules(settings, OutputWords.all(WORDS));
    }

    /**
     * The reference's way: log-softmax, the rules, running scores added everywhere, one top-k.
     * Indices must match exactly; scores to float32 rounding, since the step kernels sum the
     * normaliser in another order than PyTorch.
     */
    private static void assertSameAsOneTopK(NDArray logits, float[] running, LogitsRules rules) {
        NDArray logProbs = rules.apply(logits.logSoftmax(1), 2);
        NDArray sums = logProbs.add(logProbs.getManager().create(running, new Shape(running.length, 1)))
                .reshape(SENTENCES, (long) BEAMS * WORDS);
        NDList expected = sums.topK(CANDIDATES, 1, true, true);
        BestContinuations.Top top = BestContinuations.find(logits, rules, 2, running, BEAMS, CANDIDATES);
        assertArrayEquals(expected.get(1).toLongArray(), top.indices());
        float[] scores = expected.get(0).toFloatArray();
        for (int i = 0; i < scores.length; i++) {
            assertEquals(scores[i], top.scores()[i], 1e-5f * Math.max(1f, Math.abs(scores[i])));
        }
    }
}
