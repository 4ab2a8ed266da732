package org.rendition.engine.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rendition.engine.model.DecoderState;
import org.rendition.engine.model.Seq2SeqModel;

/** Greedy decoding of a batch: the highest-scoring token at every step, rows padded once finished. */
final class GreedySearch {
    private final Seq2SeqModel model;
    private final GenerationSettings settings;
    private final LogitsRules rules;

    GreedySearch(Seq2SeqModel model, GenerationSettings settings) {
        this.model = model;
        this.settings = settings;
        this.rules = new LogitsRules(settings);
    }

    List<int[]> generate(List<int[]> sources, CancelSignal cancel) {
        int batch = sources.size();
        List<TokenBuffer> outputs = new ArrayList<>();
        for (int b = 0; b < batch; b++) {
            outputs.add(new TokenBuffer(settings.decoderStartId()));
        }
        boolean[] finished = new boolean[batch];
        long[] tokens = new long[batch];
        Arrays.fill(tokens, settings.decoderStartId());
        try (NDManager run = model.newRunManager();
                DecoderState state = model.startDecoding(run, model.encode(run, sources), 1)) {
            int length = 1;
            int open = batch;
            while (open > 0 && length < settings.maxLength()) {
                cancel.check();
                long[] chosen;
                try (NDManager scratch = run.newSubManager()) {
                    NDArray scores = rules.apply(model.step(state, tokens, scratch), length);
                    chosen = scores.argMax(1).toLongArray();
                }
                for (int b = 0; b < batch; b++) {
                    if (finished[b]) {
                        chosen[b] = settings.padId();
                        continue;
                    }
                    outputs.get(b).add((int) chosen[b]);
                    if (chosen[b] == settings.eosId()) {
                        finished[b] = true;
                        open--;
                    }
                }
                tokens = chosen;
                length++;
            }
        }
        return outputs.stream().map(TokenBuffer::toArray).toList();
    }
}
