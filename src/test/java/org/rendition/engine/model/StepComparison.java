package org.rendition.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.rendition.engine.TinyCheckpoint;

/**
 * Two ways of running decoding steps fed the same random tokens, compared logit by logit over 40
 * steps of two beams, with the beams reordered at random after each step and the middle sentence
 * dropped after the 26th (the tests of the step kernels share it).
 */
final class StepComparison {
    static final int BEAMS = 2;
    private static final int STEPS = 40;

    /** Three sentences of different lengths, so two of them are padded. */
    static final List<int[]> PADDED_SOURCES = List.of(new int[] {120, 45, 3001, 77, 9, 2}, new int[] {300, 2},
            new int[] {55, 66, 77, 2});

    /** One step of one way, in {@code scratch}. */
    interface Stepper {
        NDArray step(DecoderState state, long[] tokens, NDManager scratch);
    }

    /** A comparison that reads a checkpoint. */
    interface Comparison {
        void run() throws IOException;
    }

    private StepComparison() {
    }

    /** Runs {@code comparison} with PyTorch (and so the kernels' team) on {@code threads} threads. */
    static void onThreads(int threads, Comparison comparison) throws IOException {
        Engine.getEngine("PyTorch"); // loads libtorch, whose thread count is set here
        int before = JniUtils.getNumThreads();
        JniUtils.setNumThreads(threads);
        try {
            comparison.run();
        } finally {
            JniUtils.setNumThreads(before);
        }
    }

    /** Sources for a checkpoint of {@link TinyCheckpoint#write}: one longer than 16 positions fills whole vectors. */
    static List<int[]> sourcesWithALongOne() {
        int[] longer = new int[21];
        for (int i = 0; i < longer.length - 1; i++) {
            longer[i] = 1 + i % 30;
        }
        longer[longer.length - 1] = TinyCheckpoint.EOS;
        return List.of(longer, new int[] {5, 6, TinyCheckpoint.EOS}, new int[] {7, TinyCheckpoint.EOS});
    }

    /**
     * Asserts that {@code actual} gives {@code expected}'s logits within {@code tolerance} of each
     * step's largest logit.
     */
    static void assertSameLogits(NDManager run, DecoderState expectedState, Stepper expected, DecoderState actualState,
            Stepper actual, int tokenRange, float tolerance) {
        Random random = new Random(31);
        for (int step = 0; step < STEPS; step++) {
            long[] tokens = new long[actualState.rows()];
            for (int r = 0; r < tokens.length; r++) {
                tokens[r] = 1 + random.nextInt(tokenRange);
            }
            try (NDManager scratch = run.newSubManager()) {
                float[] want = expected.step(expectedState, tokens, scratch).toFloatArray();
                float[] got = actual.step(actualState, tokens, scratch).toFloatArray();
                float scale = 1f;
                for (float value : want) {
                    scale = Math.max(scale, Math.abs(value));
                }
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i], got[i], tolerance * scale, "step " + step + ", logit " + i);
                }
            }
            long[] next = step == 25 ? new long[] {1, 1, 4, 5} : reorderedBeams(actualState.rows(), random);
            expectedState.select(next);
            actualState.select(next);
        }
    }

    /** Each row continues a random beam of its own sentence, as a beam step does. */
    private static long[] reorderedBeams(int rows, Random random) {
        long[] sourceRows = new long[rows];
        for (int r = 0; r < rows; r++) {
            sourceRows[r] = r / BEAMS * BEAMS + random.nextInt(BEAMS);
        }
        return sourceRows;
    }
}
