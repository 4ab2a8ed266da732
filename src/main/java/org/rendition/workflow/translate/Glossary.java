package org.rendition.workflow.translate;

import org.rendition.workflow.translate.GlossaryHit;
import java.util.List;
import org.rendition.text.FixedRendering;
import org.rendition.text.InvariantSpans;
import org.rendition.engine.LanguagePair;

/** Where the glossary plugs in: the terms found in a segment. {@link #NONE} until one is provided. */
@FunctionalInterface
public interface Glossary {
    Glossary NONE = (source, pair) -> List.of();

    List<GlossaryHit> hits(String source, LanguagePair pair);

    /**
     * The spans of {@code source} whose rendering is fixed: approved terms and do-not-translate
     * names of the glossary, and always numbers, dates, URLs and e-mail addresses.
     */
    default List<FixedRendering> fixedRenderings(String source, LanguagePair pair) {
        return InvariantSpans.find(source);
    }
}
