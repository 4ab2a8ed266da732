package org.rendition.workflow;

import java.util.List;
import org.rendition.engine.LanguagePair;

/** Where the glossary plugs in: the terms found in a segment. {@link #NONE} until one is provided. */
@FunctionalInterface
public interface Glossary {
    Glossary NONE = (source, pair) -> List.of();

    List<GlossaryHit> hits(String source, LanguagePair pair);
}
