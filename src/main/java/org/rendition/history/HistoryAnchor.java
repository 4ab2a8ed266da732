package org.rendition.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.arch.ValueType;

/**
 * The head of the history at one moment, written where the database cannot reach it: on an audit
 * report, printed by {@code history anchor} for a supervisor to file. A later check that the chain
 * still holds that row with that hash shows that nothing up to it was deleted or rewritten, even
 * by someone who can write the database file.
 *
 * @param sequence the row's number
 * @param hash the row's SHA-256, in hex
 */
@ValueType
public record HistoryAnchor(long sequence, String hash) {
    private static final Pattern TEXT = Pattern.compile("History anchor: row (\\d+), SHA-256 ([0-9a-f]{64})");

    public HistoryAnchor {
        Objects.requireNonNull(hash, "hash");
    }

    /** The anchor of {@code head}. */
    public static HistoryAnchor of(HistoryHead head) {
        return new HistoryAnchor(head.sequence(), head.hash());
    }

    /** Every anchor written in {@code text} (a report, an export, a note), in order. */
    public static List<HistoryAnchor> findIn(String text) {
        List<HistoryAnchor> found = new ArrayList<>();
        Matcher matcher = TEXT.matcher(text);
        while (matcher.find()) {
            found.add(new HistoryAnchor(Long.parseLong(matcher.group(1)), matcher.group(2)));
        }
        return found;
    }

    /** The line written on reports, which {@link #findIn} reads back. */
    @Override
    public String toString() {
        return "History anchor: row " + sequence + ", SHA-256 " + hash;
    }
}
