package org.rendition.engine.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The per-row shortcut gives what one top-k over every beam's words gives, ties included. */
class BestContinuationsTest {
    private static final int SENTENCES = 3;
    private static final int BEAMS = 4;
    private static final int CANDIDATES = 2 * BEAMS;
    private static final int WORDS = 500;

    @Test
    void continuationsAreTheTopKOfEverySumOverBeamsAndWords() {
        Random random = new Random(16);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logProbs = randomLogProbs(manager, random);
            float[] running = new float[SENTENCES * BEAMS];
            for (int i = 0; i < running.length; i++) {
                running[i] = -20f * random.nextFloat();
            }
            assertSameAsOneTopK(logProbs, running);
        }
    }

    @Test
    void forcedTokenStepGivesTheReferenceOrderOfItsEqualSums() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // A forced token: every row is -inf but one word, so most of each sentence's sums are equal.
            NDArray logProbs = manager.full(new Shape(SENTENCES * BEAMS, WORDS), Float.NEGATIVE_INFINITY);
            logProbs.set(new NDIndex(":, 7"), 0f);
            float[] running = new float[SENTENCES * BEAMS];
            for (int i = 0; i < running.length; i++) {
                running[i] = i % BEAMS == 0 ? 0f : -1.0e9f;
            }
            assertSameAsOneTopK(logProbs, running);
        }
    }

    @Test
    void identicalBeamsGiveTheReferenceOrderOfTheirEqualSums() {
        Random random = new Random(3);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray row = randomLogProbs(manager, random).get(new NDIndex("0:1"));
            // Every beam the same hypothesis with the same score, as after a forced first token.
            NDArray logProbs = row.repeat(0, SENTENCES * BEAMS);
            assertSameAsOneTopK(logProbs, new float[SENTENCES * BEAMS]);
        }
    }

    private static NDArray randomLogProbs(NDManager manager, Random random) {
        float[] logits = new float[SENTENCES * BEAMS * WORDS];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) random.nextGaussian() * 3f;
        }
        return manager.create(logits, new Shape(SENTENCES * BEAMS, WORDS)).logSoftmax(1);
    }

    private static void assertSameAsOneTopK(NDArray logProbs, float[] running) {
        NDArray sums = logProbs.add(logProbs.getManager().create(running, new Shape(running.length, 1)))
                .reshape(SENTENCES, (long) BEAMS * WORDS);
        NDList expected = sums.topK(CANDIDATES, 1, true, true);
        BestContinuations.Top top = BestContinuations.find(logProbs, running, BEAMS, CANDIDATES);
        assertArrayEquals(expected.get(0).toFloatArray(), top.scores());
        assertArrayEquals(expected.get(1).toLongArray(), top.indices());
    }
}
