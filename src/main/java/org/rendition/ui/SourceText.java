package org.rendition.ui;

import java.util.List;
import org.rendition.glossary.GlossaryHit;

/**
 * What a source cell shows: the sentence and the glossary terms found in it.
 *
 * @param text the source sentence
 * @param hits glossary terms in it, by position; empty until they have been looked up
 */
record SourceText(String text, List<GlossaryHit> hits) {
    SourceText {
        hits = List.copyOf(hits);
    }

    @Override
    public String toString() {
        return text;
    }
}
