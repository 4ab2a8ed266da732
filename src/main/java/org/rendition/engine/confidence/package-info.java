/**
 * How far to trust a translation, from the model itself: word and sentence confidence from the
 * log-probabilities of the output, source-target word alignment from cross-attention, and signs
 * of hallucination. See docs/decisions/0013-confidence-from-the-model.md and 0014-alignment-from-cross-attention.md.
 */
package org.rendition.engine.confidence;
