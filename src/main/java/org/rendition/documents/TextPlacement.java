package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a block's translation back into the pieces its source text came from (Word text
 * elements, HTML text nodes), so the formatting around each piece (bold, a link, a field's
 * result) stays around the words that take its place. Placement is positional: each piece gets
 * the share of the translation its source had of the source, cut at the nearest word boundary.
 * Tabs and line breaks are pieces of their own that never change; where the translation keeps
 * them in the same order, the text between each pair is placed separately, which is exact for
 * lines. Placing pieces by the model's own source–target alignment would be better and is for
 * later; this keeps every piece's formatting, in roughly the right place.
 */
final class TextPlacement {
    /** One piece of a block's source: its text and whether it must stay as it is (a tab, a break). */
    record Piece(String text, boolean fixed) {
    }

    private TextPlacement() {
    }

    /**
     * The new text of each piece, in order, such that together they read {@code translated}.
     * A translation equal to the source gives every piece its own text back.
     */
    static List<String> place(List<Piece> pieces, String translated) {
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
        if (translated.contentEquals(source)) {
            return placed;
        }
        List<String> chunks = new ArrayList<>();
        List<String> translatedSeparators = new ArrayList<>();
        splitAtSeparators(translated, chunks, translatedSeparators);
        if (translatedSeparators.equals(separators) && everyChunkHasAPlace(pieces, chunks)) {
            int chunk = 0;
            List<Integer> group = new ArrayList<>();
            for (int i = 0; i <= pieces.size(); i++) {
                if (i == pieces.size() || pieces.get(i).fixed()) {
                    distribute(chunks.get(chunk++), group, pieces, placed);
                    group.clear();
                } else {
                    group.add(i);
                }
            }
            return placed;
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).fixed()) {
                all.add(i);
            }
        }
        distribute(translated.replaceAll("[\\t\\n]+", " "), all, pieces, placed);
        return placed;
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
    private static void distribute(String text, List<Integer> indexes, List<Piece> pieces, List<String> placed) {
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
