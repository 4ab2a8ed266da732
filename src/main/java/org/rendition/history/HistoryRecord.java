package org.rendition.history;

import org.rendition.arch.ValueType;

/**
 * A stored history row: its place in the chain, the event, the hash of the row before it and
 * its own hash (see {@link HashChain}).
 */
@ValueType
public record HistoryRecord(long sequence, HistoryEvent event, String previousHash, String hash) {
}
