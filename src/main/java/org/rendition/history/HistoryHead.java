package org.rendition.history;

/** The last row the application wrote: its sequence and hash. Sequence 0 for an empty history. */
public record HistoryHead(long sequence, String hash) {
    public static final HistoryHead EMPTY = new HistoryHead(0, HashChain.GENESIS);
}
