package org.rendition.workflow.translate;

import org.rendition.workflow.translate.TmMatch;
import java.util.List;
import org.rendition.engine.LanguagePair;

/**
 * Where the translation memory plugs into the document workflow: matches are looked up before
 * machine translation, and confirmed segments are stored. {@link #NONE} until the memory module
 * provides one.
 */
public interface TranslationMemory {
    TranslationMemory NONE = new TranslationMemory() {
        @Override
        public List<TmMatch> lookup(String source, LanguagePair pair) {
            return List.of();
        }

        @Override
        public void store(String source, String target, LanguagePair pair) {
        }
    };

    /** Matches for {@code source}, best first. */
    List<TmMatch> lookup(String source, LanguagePair pair);

    /** Keeps a confirmed pair for later reuse. */
    void store(String source, String target, LanguagePair pair);
}
