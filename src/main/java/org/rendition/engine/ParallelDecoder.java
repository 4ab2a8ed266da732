package org.rendition.engine;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Decodes batches on {@link DecodingWorkers}: a document's batches each go to a worker, and a
 * single batch is cut into one contiguous part per worker, decoded at once and joined in order.
 * Each part chooses among the words its whole batch would (a shortlist's words depend on the
 * sources), so the outputs are those of one decoder.
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

    /** One batch, its parts decoded by all workers at once. */
    List<int[]> generate(List<int[]> sources, GenerationSettings settings, Optional<Shortlist> shortlist,
            CancelSignal cancel) {
        OutputWords words = wordsFor(sources, settings, shortlist);
        int parts = Math.min(workers.count(), sources.size());
        if (parts <= 1) {
            return Generator.generate(model, sources, settings, words, cancel);
        }
        List<Function<CancelSignal, List<int[]>>> tasks = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<int[]> part = sources.subList(p * sources.size() / parts, (p + 1) * sources.size() / parts);
            tasks.add(signal -> Generator.generate(model, part, settings, words, signal));
        }
        @SuppressWarnings("unchecked")
        List<int[]>[] outputs = new List[parts];
        workers.runAll(tasks, cancel, (p, output) -> outputs[p] = output);
        return Arrays.stream(outputs).flatMap(List::stream).toList();
    }

    /**
     * A document's batches, each decoded whole by one worker; {@code done} gets each batch's index
     * and outputs on the caller's thread as it is ready. With fewer batches than workers, each
     * batch is cut into parts instead, so no worker idles.
     */
    void generateAll(List<List<int[]>> batches, GenerationSettings settings, Optional<Shortlist> shortlist,
            CancelSignal cancel, BiConsumer<Integer, List<int[]>> done) {
        if (batches.size() < workers.count()) {
            for (int b = 0; b < batches.size(); b++) {
                done.accept(b, generate(batches.get(b), settings, shortlist, cancel));
            }
            return;
        }
        List<Function<CancelSignal, List<int[]>>> tasks = new ArrayList<>();
        for (List<int[]> batch : batches) {
            tasks.add(signal -> Generator.generate(model, batch, settings, wordsFor(batch, settings, shortlist),
                    signal));
        }
        workers.runAll(tasks, cancel, done);
    }

    /** One batch on the caller's thread alone, with that thread's compute threads (the benchmark's comparison). */
    List<int[]> generateOnCallerThread(List<int[]> sources, GenerationSettings settings,
            Optional<Shortlist> shortlist, CancelSignal cancel) {
        return Generator.generate(model, sources, settings, wordsFor(sources, settings, shortlist), cancel);
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
