package org.rendition.bench;

import java.util.List;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.shortlist.Shortlist;

/**
 * A second way of decoding a benchmark run measures beside the pack's own in the same rounds, on
 * lines of its own: the pack at its other precision (an engine of its own, decisions 0023 and 0028)
 * or a vocabulary shortlist (the same engine choosing among fewer words, decision 0026).
 */
final class OptionalDecoder implements AutoCloseable {
    private final String label;
    private final String description;
    private final TranslationEngine engine;
    private final boolean ownsEngine;
    private final Shortlist shortlist;

    private OptionalDecoder(String label, String description, TranslationEngine engine, boolean ownsEngine,
            Shortlist shortlist) {
        this.label = label;
        this.description = description;
        this.engine = engine;
        this.ownsEngine = ownsEngine;
        this.shortlist = shortlist;
    }

    /** The pack at another precision, for comparison; closed with this. */
    static OptionalDecoder otherPrecision(TranslationEngine engine) {
        return new OptionalDecoder(engine.precision().label(), "the pack's other precision, for comparison", engine,
                true, null);
    }

    /** The default engine, each batch choosing its words from {@code shortlist}. */
    static OptionalDecoder shortlist(TranslationEngine engine, Shortlist shortlist) {
        return new OptionalDecoder("shortlist", "optional setting, not the default", engine, false, shortlist);
    }

    String label() {
        return label;
    }

    /** How the setting's lines are labelled. */
    String tag() {
        return "[" + label + ", " + description + "] ";
    }

    /** Decodes one batch with the setting. */
    List<int[]> generate(List<int[]> batch, GenerationSettings settings) {
        return shortlist == null ? engine.generate(batch, settings) : engine.generate(batch, settings, shortlist);
    }

    /** Decodes inputs in batches with the setting, as the engine decodes a document (on its decoding workers). */
    List<int[]> generateDocument(List<int[]> inputs, GenerationSettings settings, int batch) {
        return shortlist == null ? engine.generateDocument(inputs, settings, batch)
                : engine.generateDocument(inputs, settings, batch, shortlist);
    }

    /** Words a batch chooses among: the shortlist's union for it, or the whole vocabulary. */
    int words(List<int[]> batch, GenerationSettings settings) {
        return shortlist == null ? -1 : shortlist.wordsFor(batch, settings).size();
    }

    @Override
    public void close() {
        if (ownsEngine) {
            engine.close();
        }
    }
}
