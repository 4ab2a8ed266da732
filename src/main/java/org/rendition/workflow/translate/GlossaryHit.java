package org.rendition.workflow.translate;

/**
 * A glossary term found in a segment's source.
 *
 * @param term the source term as it occurs in the segment
 * @param translation the required translation
 * @param start where the term starts in the segment's source
 * @param end where it ends (exclusive)
 */
public record GlossaryHit(String term, String translation, int start, int end) {
}
