package org.rendition.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.decode.Generator;
import org.rendition.engine.model.OutputWords;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.shortlist.Shortlist;

/**
 * Decodes a document's batches on {@link DecodingWorkers}, each batch whole on one worker, so the
 * outputs are those of one decoder batch for batch.
 */
final class ParallelDecoder implements AutoCloseable {
    private final Seq2SeqModel model;
    private final DecodingWorkers workers;

    ParallelDecoder(Seq2SeqModel model, int workers, GenerationSettings warmUpSettings) {
        this.model = model;
        this.workers = DecodingWorkers.start(workers, () -> warmUp(model, warmUpSettings));
    }

    /**
     * Decodes one token of a one-token source with two beams, so that the first real segment does
     * not pay for libtorch's first calls (thread pool, kernel selection) on this thread.
     */
    static void warmUp(Seq2SeqModel model, GenerationSettings defaults) {
        Generator.generate(model, List.of(new int[] {defaults.eosId()}), defaults.withBeams(2).withFixedLength(2),
                CancelSignal.NEVER);
    }

    int workers() {
        return workers.count();
    }

    /**
     * One batch, on the caller's thread with its PyTorch threads. Cutting a batch of 16 among the
     * workers was measured slower (docs/benchmarks.md): each part streams the same weights for
     * half the rows, and greedy decoding then costs half as much CPU again.
     */
    List<int[]> generate(List<int[]> sources, GenerationSettings settings, Optional<Shortlist> shortlist,
            CancelSignal cancel) {
        return Generator.generate(model, sources, settings, wordsFor(sources, settings, shortlist), cancel);
    }

    /**
     * A document's batches, each decoded whole by one worker; {@code done} gets each batch's index
     * and outputs on the caller's thread as it is ready. A single batch is decoded on the caller's
     * thread, which may use every core for it.
     */
    void generateAll(List<List<int[]>> batches, GenerationSettings settings, Optional<Shortlist> shortlist,
            CancelSignal cancel, BiConsumer<Integer, List<int[]>> done) {
        if (batches.size() == 1) {
            done.accept(0, generate(batches.get(0), settings, shortlist, cancel));
            return;
        }
        List<Function<CancelSignal, List<int[]>>> tasks = new ArrayList<>();
        for (List<int[]> batch : batches) {
            tasks.add(signal -> generate(batch, settings, shortlist, signal));
        }
        workers.runAll(tasks, cancel, done);
    }

    private OutputWords wordsFor(List<int[]> sources, GenerationSettings settings, Optional<Shortlist> shortlist) {
        return shortlist.map(s -> s.wordsFor(sources, settings))
                .orElseGet(() -> OutputWords.all(model.config().vocabSize()));
    }

    @Override
    public void close() {
        workers.close();
    }
}
