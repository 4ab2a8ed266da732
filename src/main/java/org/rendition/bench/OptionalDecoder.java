package org.rendition.bench;

import java.util.List;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.shortlist.Shortlist;

/**
 * The optional setting a benchmark run measures beside the default in the same rounds, on lines of
 * its own: bfloat16 products (an engine of its own, decision 0023) or a vocabulary shortlist (the
 * default engine choosing among fewer words, decision 0026).
 */
final class OptionalDecoder implements AutoCloseable {
    private final String label;
    private final TranslationEngine engine;
    private final boolean ownsEngine;
    private final Shortlist shortlist;

    private OptionalDecoder(String label, TranslationEngine engine, boolean ownsEngine, Shortlist shortlist) {
        this.label = label;
        this.engine = engine;
        this.ownsEngine = ownsEngine;
        this.shortlist = shortlist;
    }

    /** Another engine, e.g. at another precision; closed with this. */
    static OptionalDecoder engine(String label, TranslationEngine engine) {
        return new OptionalDecoder(label, engine, true, null);
    }

    /** The default engine, each batch choosing its words from {@code shortlist}. */
    static OptionalDecoder shortlist(TranslationEngine engine, Shortlist shortlist) {
        return new OptionalDecoder("shortlist", engine, false, shortlist);
    }

    String label() {
        return label;
    }

    /** How the setting's lines are labelled. */
    String tag() {
        return "[" + label + ", optional setting, not the default] ";
    }

    /** Decodes one batch with the setting. */
    List<int[]> generate(List<int[]> batch, GenerationSettings settings) {
        return shortlist == null ? engine.generate(batch, settings) : engine.generate(batch, settings, shortlist);
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
