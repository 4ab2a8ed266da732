package org.rendition.store;

/**
 * A segment of an open document as saved.
 *
 * @param index position in the document
 * @param paragraph paragraph it belongs to
 * @param source source sentence
 * @param target current target
 * @param status the workflow's status name
 * @param tmScore the score of the memory match the target came from, 0 when none
 */
public record SavedSegment(int index, int paragraph, String source, String target, String status, int tmScore) {
}
