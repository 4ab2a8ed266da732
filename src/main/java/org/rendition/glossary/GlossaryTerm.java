package org.rendition.glossary;

import org.rendition.arch.ValueType;
import java.util.List;
import java.util.Objects;

/**
 * A glossary term: how {@code source} is to be translated into {@code targetLang}.
 *
 * @param id             the stored row id, or 0 for a term not yet stored
 * @param glossary       the name of the glossary it belongs to
 * @param forbidden      translations that must not be used
 * @param caseSensitive  whether the source matches only in the case written
 * @param doNotTranslate a name or codeword that stays as it is in the translation
 */
@ValueType
public record GlossaryTerm(long id, String glossary, String sourceLang, String targetLang, String source,
                           String target, PartOfSpeech partOfSpeech, String note, List<String> forbidden,
                           boolean caseSensitive, boolean doNotTranslate) {
    public GlossaryTerm {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(partOfSpeech, "partOfSpeech");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a term needs a source form");
        }
        if (target == null || target.isBlank()) {
            if (!doNotTranslate) {
                throw new IllegalArgumentException("the term '" + source + "' has no target form");
            }
            target = source;
        }
        forbidden = List.copyOf(forbidden);
    }

    /** This term as stored under {@code newId} in {@code glossaryName}. */
    public GlossaryTerm stored(long newId, String glossaryName) {
        return new GlossaryTerm(newId, glossaryName, sourceLang, targetLang, source, target, partOfSpeech, note,
                forbidden, caseSensitive, doNotTranslate);
    }
}
