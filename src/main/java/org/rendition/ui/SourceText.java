package org.rendition.ui;

import java.util.List;
import org.rendition.engine.confidence.SourceWord;
import org.rendition.glossary.GlossaryHit;

/**
 * What a source cell shows: the sentence, the glossary terms found in it, and the source words the
 * analyst's clicked target word came from.
 *
 * @param text the source sentence
 * @param hits glossary terms in it, by position; empty until they have been looked up
 * @param aligned source words to mark, from the model's alignment; usually none
 */
record SourceText(String text, List<GlossaryHit> hits, List<SourceWord> aligned) {
    SourceText {
        hits = List.copyOf(hits);
        aligned = List.copyOf(aligned);
    }

    SourceText(String text, List<GlossaryHit> hits) {
        this(text, hits, List.of());
    }

    SourceText withHits(List<GlossaryHit> newHits) {
        return new SourceText(text, newHits, aligned);
    }

    SourceText withAligned(List<SourceWord> words) {
        return new SourceText(text, hits, words);
    }

    @Override
    public String toString() {
        return text;
    }
}
