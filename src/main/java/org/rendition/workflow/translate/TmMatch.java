package org.rendition.workflow.translate;

/**
 * A translation-memory match for a segment (filled in once the memory module is merged).
 *
 * @param source the stored source sentence
 * @param target its stored translation
 * @param percent match percentage, 100 for an exact match
 */
public record TmMatch(String source, String target, int percent) {
    public boolean isExact() {
        return percent >= 100;
    }
}
