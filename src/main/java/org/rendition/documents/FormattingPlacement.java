package org.rendition.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shares a block's translation out over its pieces by the formatting the placed tags give each
 * stretch of it (decision 11): the words under the placed bold tag go into the bold run, the words
 * after a footnote reference's place into the runs after it.
 *
 * <p>The stretches are matched to groups of pieces of one formatting, in order, so that as few
 * letters as possible land in a piece of another formatting (a small dynamic programme over
 * stretches and groups). The source's pieces stand in the source's order; when the translation
 * puts bold words before words the source had before them ("*Министр обороны* заявил" → "it was
 * announced by the *defence minister*"), the bold stretch is put into a copy of a bold run made
 * where it now stands ({@link TextPlacement.Insertion}), where the part holding that run can be
 * copied. Among the pieces of one group, placement is positional.
 */
final class FormattingPlacement {
    /** What a copied run costs, in letters placed with the wrong formatting: worth it for a word. */
    private static final long COPY_COST = 2;
    private static final long NEVER = Long.MAX_VALUE / 4;
    /**
     * Stretches times groups beyond which a paragraph is placed by position: a paragraph of
     * thousands of alternately formatted runs would cost more than its formatting is worth.
     */
    private static final long MAX_CELLS = 2_000_000;

    /** The formatting at one place: the paired tags over it, and how many points come before it. */
    record Formatting(Set<Integer> spans, int pointsBefore) {
        int distance(Formatting other) {
            Set<Integer> symmetric = new HashSet<>(spans);
            symmetric.addAll(other.spans);
            Set<Integer> common = new HashSet<>(spans);
            common.retainAll(other.spans);
            symmetric.removeAll(common);
            return symmetric.size() + Math.abs(pointsBefore - other.pointsBefore);
        }
    }

    private final List<TextPlacement.Piece> pieces;
    private final List<PlacedTag> tags;
    private final int targetOffset;

    FormattingPlacement(List<TextPlacement.Piece> pieces, Optional<List<PlacedTag>> tags, int targetOffset) {
        this.pieces = pieces;
        this.tags = tags.filter(list -> !list.isEmpty()).orElse(null);
        this.targetOffset = targetOffset;
    }

    /** Whether there are placed tags to go by. */
    boolean active() {
        return tags != null;
    }

    /**
     * Places {@code text}, which stands at {@code from} in the translation, into the pieces at
     * {@code indexes}: each stretch of one formatting into pieces of that formatting, or into a
     * copy of one; positionally among pieces that share a formatting.
     */
    void place(String text, int from, List<Integer> indexes, List<String> placed,
            List<TextPlacement.Insertion> insertions) {
        if (!active()) {
            TextPlacement.distribute(text, indexes, pieces, placed);
            return;
        }
        List<Formatting> pieceFormatting = new ArrayList<>();
        for (int index : indexes) {
            TextPlacement.Piece piece = pieces.get(index);
            if (!piece.text().isBlank() && piece.anchor() < 0) {
                TextPlacement.distribute(text, indexes, pieces, placed);
                return;
            }
            pieceFormatting.add(piece.text().isBlank() ? null : sourceFormatting(piece.anchor()));
        }
        if (indexes.isEmpty() || pieceFormatting.stream().allMatch(f -> f == null)) {
            TextPlacement.distribute(text, indexes, pieces, placed);
            return;
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Formatting> groupFormatting = new ArrayList<>();
        group(indexes, pieceFormatting, groups, groupFormatting);
        List<int[]> units = new ArrayList<>();
        List<Formatting> unitFormatting = new ArrayList<>();
        stretches(text, from, units, unitFormatting);
        if ((long) units.size() * (groups.size() + 1) > MAX_CELLS) {
            TextPlacement.distribute(text, indexes, pieces, placed);
            return;
        }
        int[] like = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            like[u] = copyable(unitFormatting.get(u), groups, groupFormatting);
        }
        boolean[] insertAfter = new boolean[groups.size() + 1];
        insertAfter[0] = canInsertBefore(indexes.get(0));
        for (int g = 0; g < groups.size(); g++) {
            insertAfter[g + 1] = canInsertAfter(groups, g);
        }
        int[] assigned = assign(units, unitFormatting, groupFormatting, like, insertAfter, text);
        for (int g = 0; g < groups.size(); g++) {
            int start = -1;
            int end = -1;
            for (int u = 0; u < units.size(); u++) {
                if (assigned[u] == g) {
                    start = start < 0 ? units.get(u)[0] : start;
                    end = units.get(u)[1];
                }
            }
            TextPlacement.distribute(start < 0 ? "" : text.substring(start, end), groups.get(g), pieces, placed);
        }
        int current = -1;
        for (int u = 0; u < units.size(); u++) {
            if (assigned[u] >= 0) {
                current = assigned[u];
                continue;
            }
            String copied = text.substring(units.get(u)[0], units.get(u)[1]);
            insertions.add(current < 0 ? new TextPlacement.Insertion(indexes.get(0), false, like[u], copied)
                : new TextPlacement.Insertion(last(groups.get(current)), true, like[u], copied));
        }
    }

    /** Pieces of one formatting side by side form a group; blank pieces go with their neighbours. */
    private static void group(List<Integer> indexes, List<Formatting> pieceFormatting, List<List<Integer>> groups,
            List<Formatting> groupFormatting) {
        for (int k = 0; k < indexes.size(); k++) {
            Formatting formatting = pieceFormatting.get(k);
            Formatting open = groups.isEmpty() ? null : groupFormatting.get(groupFormatting.size() - 1);
            if (!groups.isEmpty() && (formatting == null || formatting.equals(open))) {
                groups.get(groups.size() - 1).add(indexes.get(k));
            } else if (!groups.isEmpty() && open == null) {
                groups.get(groups.size() - 1).add(indexes.get(k));
                groupFormatting.set(groupFormatting.size() - 1, formatting);
            } else {
                groups.add(new ArrayList<>(List.of(indexes.get(k))));
                groupFormatting.add(formatting);
            }
        }
    }

    /**
     * Stretches of the translation of one formatting. White space between two goes with the
     * plainer one, so a space stays outside the bold words on either side of it.
     */
    private void stretches(String text, int from, List<int[]> units, List<Formatting> unitFormatting) {
        java.util.TreeMap<Integer, Formatting> changes = new java.util.TreeMap<>();
        changes.put(Integer.MIN_VALUE, targetFormatting(Integer.MIN_VALUE));
        for (PlacedTag tag : tags) {
            for (int at : new int[] {tag.target().start(), tag.target().end()}) {
                changes.computeIfAbsent(at + targetOffset, this::targetFormatting);
            }
        }
        int pendingSpace = -1;
        for (int t = 0; t < text.length(); t++) {
            if (Character.isWhitespace(text.charAt(t))) {
                pendingSpace = pendingSpace < 0 ? t : pendingSpace;
                continue;
            }
            Formatting formatting = changes.floorEntry(from + t).getValue();
            Formatting previous = units.isEmpty() ? null : unitFormatting.get(unitFormatting.size() - 1);
            if (previous != null && formatting.equals(previous)) {
                units.get(units.size() - 1)[1] = t + 1;
            } else {
                int start = t;
                if (pendingSpace >= 0 && (previous == null || previous.spans().size() > formatting.spans().size())) {
                    start = pendingSpace;
                } else if (pendingSpace >= 0) {
                    units.get(units.size() - 1)[1] = t;
                }
                units.add(new int[] {start, t + 1});
                unitFormatting.add(formatting);
            }
            pendingSpace = -1;
        }
        if (units.isEmpty()) {
            units.add(new int[] {0, text.length()});
            unitFormatting.add(new Formatting(Set.of(), 0));
        } else {
            units.get(0)[0] = 0;
            units.get(units.size() - 1)[1] = text.length();
        }
    }

    /** A piece of {@code formatting} whose part can be copied, the one with the most text; -1 when none. */
    private int copyable(Formatting formatting, List<List<Integer>> groups, List<Formatting> groupFormatting) {
        int best = -1;
        for (int g = 0; g < groups.size(); g++) {
            if (!formatting.equals(groupFormatting.get(g))) {
                continue;
            }
            for (int index : groups.get(g)) {
                TextPlacement.Piece piece = pieces.get(index);
                if (piece.copyable() && piece.container() >= 0 && !piece.text().isBlank()
                        && (best < 0 || piece.text().length() > pieces.get(best).text().length())) {
                    best = index;
                }
            }
        }
        return best;
    }

    /** A copy can go after group {@code g} unless the part holding its last piece also holds the piece after it. */
    private boolean canInsertAfter(List<List<Integer>> groups, int g) {
        int index = last(groups.get(g));
        int container = pieces.get(index).container();
        return container >= 0 && (index + 1 == pieces.size() || pieces.get(index + 1).container() != container);
    }

    /** A copy can go before the piece at {@code index} unless the part holding it also holds the piece before. */
    private boolean canInsertBefore(int index) {
        int container = pieces.get(index).container();
        return container >= 0 && (index == 0 || pieces.get(index - 1).container() != container);
    }

    /**
     * The group each stretch goes to (-1: into a copy), such that as few letters as possible land
     * in pieces of another formatting, each copy counting {@link #COPY_COST}. Groups are taken in
     * order; a copy stands after the last group used, so the next stretch after a copy goes to a
     * later group. State: the last group used (shifted by one, 0 for none) and whether the stretch
     * before was a copy. Linear in stretches times groups, with running minima over the states.
     */
    private static int[] assign(List<int[]> units, List<Formatting> unitFormatting, List<Formatting> groupFormatting,
            int[] like, boolean[] insertAfter, String text) {
        int count = units.size();
        int states = groupFormatting.size() + 1;
        long[] cost = new long[states * 2];
        Arrays.fill(cost, NEVER);
        cost[0] = 0;
        // For each stretch and state, the state it came from, as state * 2 + copy.
        int[] from = new int[count * states * 2];
        long[] next = new long[states * 2];
        for (int u = 0; u < count; u++) {
            long letters = text.substring(units.get(u)[0], units.get(u)[1]).strip().length();
            Arrays.fill(next, NEVER);
            // Into group g, from a state that allows it: none used yet, a group up to g, or a copy after a group before g.
            long best = cost[0];
            int bestFrom = 0;
            long bestCopyBefore = NEVER;
            int bestCopyBeforeFrom = 0;
            for (int g = 1; g < states; g++) {
                if (cost[g * 2] < best) {
                    best = cost[g * 2];
                    bestFrom = g * 2;
                }
                if (cost[(g - 1) * 2 + 1] < bestCopyBefore) {
                    bestCopyBefore = cost[(g - 1) * 2 + 1];
                    bestCopyBeforeFrom = (g - 1) * 2 + 1;
                }
                long reach = Math.min(best, bestCopyBefore);
                if (reach >= NEVER) {
                    continue;
                }
                Formatting formatting = groupFormatting.get(g - 1);
                long own = formatting == null ? letters : letters * formatting.distance(unitFormatting.get(u));
                next[g * 2] = reach + own;
                from[(u * states + g) * 2] = best <= bestCopyBefore ? bestFrom : bestCopyBeforeFrom;
            }
            if (like[u] >= 0) {
                for (int s = 0; s < states; s++) {
                    long stay = Math.min(cost[s * 2], cost[s * 2 + 1]);
                    if (insertAfter[s] && stay < NEVER) {
                        next[s * 2 + 1] = stay + COPY_COST;
                        from[(u * states + s) * 2 + 1] = cost[s * 2] <= cost[s * 2 + 1] ? s * 2 : s * 2 + 1;
                    }
                }
            }
            long[] swap = cost;
            cost = next;
            next = swap;
        }
        int best = 0;
        for (int k = 1; k < states * 2; k++) {
            if (cost[k] < cost[best]) {
                best = k;
            }
        }
        int[] assigned = new int[count];
        for (int u = count - 1; u >= 0; u--) {
            assigned[u] = best % 2 == 1 ? -1 : best / 2 - 1;
            best = from[(u * states + best / 2) * 2 + best % 2];
        }
        return assigned;
    }

    private static int last(List<Integer> list) {
        return list.get(list.size() - 1);
    }

    private Formatting sourceFormatting(int anchor) {
        Set<Integer> spans = new HashSet<>();
        int points = 0;
        for (int j = 0; j < tags.size(); j++) {
            InlineTag tag = tags.get(j).source();
            if (tag.kind().paired() && tag.start() <= anchor && anchor < tag.end()) {
                spans.add(j);
            } else if (!tag.kind().paired() && tag.start() <= anchor) {
                points++;
            }
        }
        return new Formatting(spans, points);
    }

    private Formatting targetFormatting(int offset) {
        int at = offset == Integer.MIN_VALUE ? Integer.MIN_VALUE : offset - targetOffset;
        Set<Integer> spans = new HashSet<>();
        int points = 0;
        for (int j = 0; j < tags.size(); j++) {
            InlineTag tag = tags.get(j).target();
            if (tag.kind().paired() && tag.start() <= at && at < tag.end()) {
                spans.add(j);
            } else if (!tag.kind().paired() && tag.start() <= at) {
                points++;
            }
        }
        return new Formatting(spans, points);
    }
}
