package org.rendition.workflow;

/**
 * A glossary term found in a segment's source.
 *
 * @param term the source term as the glossary holds it
 * @param translation the required translation
 */
public record GlossaryHit(String term, String translation) {
}
