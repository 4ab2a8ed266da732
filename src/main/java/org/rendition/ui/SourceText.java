package org.rendition.ui;

import java.util.List;
import org.rendition.documents.InlineTag;
import org.rendition.engine.confidence.SourceWord;
import org.rendition.glossary.GlossaryHit;

/**
 * What a source cell shows: the sentence, the glossary terms found in it, and the source words the
 * analyst's clicked target word came from.
 *
 * @param text the source sentence
 * @param hits glossary terms in it, by position; empty until they have been looked up
 * @param aligned source words to mark, from the model's alignment; usually none
 * @param tags the sentence's inline tags (bold, links, footnote references), drawn as marks
 */
record SourceText(String text, List<GlossaryHit> hits, List<SourceWord> aligned, List<InlineTag> tags) {
    SourceText {
        hits = List.copyOf(hits);
        aligned = List.copyOf(aligned);
        tags = List.copyOf(tags);
    }

    SourceText(String text, List<GlossaryHit> hits) {
        this(text, hits, List.of(), List.of());
    }

    SourceText withHits(List<GlossaryHit> newHits) {
        return new SourceText(text, newHits, aligned, tags);
    }

    SourceText withAligned(List<SourceWord> words) {
        return new SourceText(text, hits, words, tags);
    }

    @Override
    public String toString() {
        return text;
    }
}
