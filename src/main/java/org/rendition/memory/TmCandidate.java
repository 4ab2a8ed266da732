package org.rendition.memory;

/** A memory entry's id and source, as the index proposes it before scoring. */
public record TmCandidate(long id, String source) {
}
