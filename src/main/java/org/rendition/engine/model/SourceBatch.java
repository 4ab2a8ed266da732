package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;

/**
 * Encoded source sentences of one batch, padded to the longest.
 *
 * @param hidden encoder output, (B, S, d)
 * @param maskBias 0 for real tokens and a huge negative number for padding, (B, 1, 1, S)
 * @param size number of sentences B
 */
public record SourceBatch(NDArray hidden, NDArray maskBias, int size) {
}
