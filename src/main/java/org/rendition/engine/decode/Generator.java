package org.rendition.engine.decode;

import java.util.List;
import org.rendition.engine.model.OutputWords;
import org.rendition.engine.model.Seq2SeqModel;

/** Turns encoded source sentences into output token ids, greedily or by beam search. */
public final class Generator {
    private Generator() {
    }

    /**
     * Generates one output per source, each starting with the decoder start token and (unless the
     * maximum length cut it) ending with end-of-sentence, exactly as the reference returns them.
     */
    public static List<int[]> generate(Seq2SeqModel model, List<int[]> sources, GenerationSettings settings,
            CancelSignal cancel) {
        return generate(model, sources, settings, OutputWords.all(model.config().vocabSize()), cancel);
    }

    /**
     * Like {@link #generate(Seq2SeqModel, List, GenerationSettings, CancelSignal)}, choosing every
     * output token among {@code words} only (a shortlist's, for this batch).
     */
    public static List<int[]> generate(Seq2SeqModel model, List<int[]> sources, GenerationSettings settings,
            OutputWords words, CancelSignal cancel) {
        if (sources.isEmpty()) {
            return List.of();
        }
        return settings.numBeams() == 1
                ? new GreedySearch(model, settings, words).generate(sources, cancel)
                : new BeamSearch(model, settings, words).generate(sources, cancel);
    }
}
