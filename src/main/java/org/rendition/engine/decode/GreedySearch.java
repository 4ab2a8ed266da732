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
 * Greedy decoding of a batch: the highest-scoring token at every step. A sentence leaves the batch
 * when it ends, so one long sentence does not keep finished ones computing.
 */
final class GreedySearch {
    private final Seq2SeqModel model;
    private final GenerationSettings settings;
    private final OutputWords words;
    private final LogitsRules rules;

    GreedySearch(Seq2SeqModel model, GenerationSettings settings, OutputWords words) {
        this.model = model;
        this.settings = settings;
        this.words = words;
        this.rules = new LogitsRules(settings, words);
    }

    List<int[]> generate(List<int[]> sources, CancelSignal cancel) {
        int batch = sources.size();
        List<TokenBuffer> outputs = new ArrayList<>();
        for (int b = 0; b < batch; b++) {
            outputs.add(new TokenBuffer(settings.decoderStartId()));
        }
        // Rows still decoding, by sentence index; finished sentences leave the batch.
        int[] active = new int[batch];
        for (int b = 0; b < batch; b++) {
            active[b] = b;
        }
        long[] tokens = new long[batch];
        Arrays.fill(tokens, settings.decoderStartId());
        try (NDManager run = model.newRunManager();
                DecoderState state = model.startDecoding(run, model.encode(run, sources), 1, words)) {
            for (int length = 1; active.length > 0 && length < settings.maxLength(); length++) {
                cancel.check();
                long[] chosen;
                try (NDManager scratch = run.newSubManager()) {
                    OptionalInt forced = rules.forcedColumn(length);
                    if (forced.isPresent()) {
                        // Every other word is at minus infinity: no logits are needed to choose.
                        model.feed(state, tokens, scratch);
                        chosen = new long[tokens.length];
                        Arrays.fill(chosen, forced.getAsInt());
                    } else {
                        chosen = bestWords(state, model.decodeStep(state, tokens, scratch), length);
                    }
                }
                if (!words.whole()) {
                    for (int row = 0; row < chosen.length; row++) {
                        chosen[row] = words.id((int) chosen[row]);
                    }
                }
                int open = 0;
                for (int row = 0; row < active.length; row++) {
                    outputs.get(active[row]).add((int) chosen[row]);
                    if (chosen[row] != settings.eosId()) {
                        open++;
                    }
                }
                if (open < active.length && open > 0) {
                    long[] keep = new long[open];
                    int[] stillActive = new int[open];
                    long[] nextTokens = new long[open];
                    int at = 0;
                    for (int row = 0; row < active.length; row++) {
                        if (chosen[row] != settings.eosId()) {
                            keep[at] = row;
                            stillActive[at] = active[row];
                            nextTokens[at++] = chosen[row];
                        }
                    }
                    state.select(keep);
                    active = stillActive;
                    chosen = nextTokens;
                } else if (open == 0) {
                    active = new int[0];
                }
                tokens = chosen;
            }
        }
        return outputs.stream().map(TokenBuffer::toArray).toList();
    }

    /**
     * Each row's best word (its column): from the vocabulary product itself where it can find it
     * (decision 0032; the first of equal scores, as argmax takes), else the argmax of the logits
     * after the rules.
     */
    private long[] bestWords(DecoderState state, NDArray hidden, int length) {
        Optional<Seq2SeqModel.RowWords> best = model.bestWords(state, hidden, rules.blockedColumns(length), 1);
        if (best.isPresent()) {
            return Arrays.stream(best.get().columns()).asLongStream().toArray();
        }
        return rules.apply(model.logits(state, hidden), length).argMax(1).toLongArray();
    }
}
