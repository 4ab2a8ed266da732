package org.rendition.engine.model;

/**
 * What the model thinks of a known output, position by position.
 *
 * @param logProbs natural-log probability of each expected token given the source and the tokens
 *     before it
 * @param sourceAttention for each output position, the head-averaged attention over the source
 *     tokens (each row sums to 1)
 */
public record ForcedScores(float[] logProbs, float[][] sourceAttention) {
}
