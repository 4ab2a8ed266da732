package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a block's translation back into the pieces its source text came from (Word text
 * elements, HTML text nodes), so the formatting around each piece (bold, a link, a field's
 * result) stays around the words that take its place. Tabs and line breaks are pieces of their
 * own that never change; where the translation keeps them in the same order, the text between
 * each pair is placed separately, which is exact for lines.
 *
 * <p>When the block's tags were placed in the translation by the model's alignment
 * ({@link TagProjection}), each stretch of the translation goes to the pieces whose formatting it
 * carries: the words under the placed bold tag into the bold run, the words after a footnote
 * reference's place into the runs after it (decision 11; {@link FormattingPlacement}). Where the
 * translation puts formatted words before words the source had before them, a copy of a run of
 * their formatting is made where they now stand. Without placed tags, or among pieces of the same
 * formatting, placement is positional: each piece gets the share of the translation its source
 * had of the source, cut at the nearest word boundary.
 */
final class TextPlacement {
    /**
     * One piece of a block's source.
     *
     * @param text its text
     * @param fixed whether it must stay as it is (a tab, a break)
     * @param anchor where its first character other than white space lies in the block's text
     *     (-1 when unknown or blank), which tells which tags it carries
     * @param container which of the block's top-level parts holds it (a Word run or hyperlink, an
     *     HTML element), numbered in order; pieces in one part share it; -1 when unknown
     * @param copyable whether that part can be copied to hold words placed elsewhere (a plain or
     *     formatted run, a link; not a field, a picture or a note reference)
     */
    record Piece(String text, boolean fixed, int anchor, int container, boolean copyable) {
        Piece(String text, boolean fixed) {
            this(text, fixed, -1, -1, false);
        }
    }

    /**
     * A copy of the part holding piece {@code like}, with {@code text} for that piece's text and
     * none for the other pieces it holds, inserted after the part holding piece {@code anchor}
     * (before it, when {@code after} is false). Insertions at one anchor follow each other in order.
     */
    record Insertion(int anchor, boolean after, int like, String text) {
    }

    /** The text of each piece, in order, and the copies to insert. */
    record Placement(List<String> texts, List<Insertion> insertions) {
    }

    private TextPlacement() {
    }

    /**
     * The new text of each piece, in order, such that together they read {@code translated}.
     * A translation equal to the source gives every piece its own text back.
     */
    static List<String> place(List<Piece> pieces, String translated) {
        return arrange(pieces, translated, Optional.empty(), 0).texts();
    }

    /**
     * As {@link #place(List, String)}, with the block's tags placed in the translation: each
     * stretch of {@code translated} goes to pieces with its formatting.
     *
     * @param tags the block's tags with their places in the block's translation; empty to place by position
     * @param targetOffset where the block's translation begins in {@code translated} (white space
     *     kept around a Word paragraph comes before it)
     */
    static Placement arrange(List<Piece> pieces, String translated, Optional<List<PlacedTag>> tags,
            int targetOffset) {
        StringBuilder source = new StringBuilder();
        List<String> separators = new ArrayList<>();
        for (Piece piece : pieces) {
            source.append(piece.text());
            if (piece.fixed()) {
                separators.add(piece.text());
            }
        }
        List<String> placed = new ArrayList<>();
        pieces.forEach(piece -> placed.add(piece.text()));
        List<Insertion> insertions = new ArrayList<>();
        if (translated.contentEquals(source)) {
            return new Placement(placed, insertions);
        }
        FormattingPlacement byFormatting = new FormattingPlacement(pieces, tags, targetOffset);
        List<String> chunks = new ArrayList<>();
        List<String> translatedSeparators = new ArrayList<>();
        splitAtSeparators(translated, chunks, translatedSeparators);
        if (translatedSeparators.equals(separators) && everyChunkHasAPlace(pieces, chunks)) {
            int chunk = 0;
            List<Integer> group = new ArrayList<>();
            int chunkStart = 0;
            for (int i = 0; i <= pieces.size(); i++) {
                if (i == pieces.size() || pieces.get(i).fixed()) {
                    String text = chunks.get(chunk++);
                    byFormatting.place(text, chunkStart, group, placed, insertions);
                    chunkStart += text.length() + 1;
                    group.clear();
                } else {
                    group.add(i);
                }
            }
            return new Placement(placed, insertions);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).fixed()) {
                all.add(i);
            }
        }
        if (byFormatting.active()) {
            // One space for each break keeps the offsets the tags were placed at.
            byFormatting.place(translated.replaceAll("[\\t\\n]", " "), 0, all, placed, insertions);
        } else {
            distribute(translated.replaceAll("[\\t\\n]+", " "), all, pieces, placed);
        }
        return new Placement(placed, insertions);
    }

    private static void splitAtSeparators(String text, List<String> chunks, List<String> separators) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n') {
                chunks.add(text.substring(start, i));
                separators.add(String.valueOf(c));
                start = i + 1;
            }
        }
        chunks.add(text.substring(start));
    }

    /** A chunk with text needs at least one piece that can hold it. */
    private static boolean everyChunkHasAPlace(List<Piece> pieces, List<String> chunks) {
        int chunk = 0;
        boolean hasPiece = false;
        for (int i = 0; i <= pieces.size(); i++) {
            if (i == pieces.size() || pieces.get(i).fixed()) {
                if (!hasPiece && !chunks.get(chunk).isEmpty()) {
                    return false;
                }
                chunk++;
                hasPiece = false;
            } else {
                hasPiece = true;
            }
        }
        return true;
    }

    /** Shares {@code text} among the pieces at {@code indexes} in proportion to their source lengths. */
    static void distribute(String text, List<Integer> indexes, List<Piece> pieces, List<String> placed) {
        if (indexes.isEmpty()) {
            return;
        }
        long total = 0;
        for (int index : indexes) {
            total += pieces.get(index).text().length();
        }
        boolean[] boundary = boundaries(text);
        int previous = 0;
        long sofar = 0;
        for (int k = 0; k < indexes.size(); k++) {
            int index = indexes.get(k);
            int end;
            if (k == indexes.size() - 1) {
                end = text.length();
            } else if (total == 0) {
                end = k == 0 ? text.length() : previous;
            } else {
                sofar += pieces.get(index).text().length();
                int ideal = (int) Math.round((double) text.length() * sofar / total);
                end = nearestBoundary(boundary, Math.max(ideal, previous), previous);
                if (end == previous && !pieces.get(index).text().isBlank()) {
                    end = nextBoundary(boundary, previous);
                }
            }
            placed.set(index, text.substring(previous, end));
            previous = end;
        }
    }

    /** Where a piece may end: after white space, before punctuation, beside ideographs, at either end. */
    private static boolean[] boundaries(String text) {
        boolean[] boundary = new boolean[text.length() + 1];
        boundary[0] = true;
        boundary[text.length()] = true;
        for (int p = 1; p < text.length(); p++) {
            char before = text.charAt(p - 1);
            char after = text.charAt(p);
            boundary[p] = Character.isWhitespace(before)
                || (!Character.isWhitespace(after) && isClosingPunctuation(after) && !isClosingPunctuation(before))
                || isIdeographic(before) || isIdeographic(after);
        }
        return boundary;
    }

    private static boolean isClosingPunctuation(char c) {
        return ".,;:!?)]}»”’…".indexOf(c) >= 0 || c == '\u3002' || c == '\uFF0C';
    }

    private static boolean isIdeographic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA;
    }

    private static int nearestBoundary(boolean[] boundary, int ideal, int floor) {
        for (int distance = 0; distance < boundary.length; distance++) {
            if (ideal - distance >= floor && boundary[ideal - distance]) {
                return ideal - distance;
            }
            if (ideal + distance < boundary.length && boundary[ideal + distance]) {
                return ideal + distance;
            }
        }
        return boundary.length - 1;
    }

    private static int nextBoundary(boolean[] boundary, int after) {
        for (int p = after + 1; p < boundary.length; p++) {
            if (boundary[p]) {
                return p;
            }
        }
        return after;
    }
}
