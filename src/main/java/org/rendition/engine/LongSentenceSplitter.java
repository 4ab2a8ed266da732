package org.rendition.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence that is too long for the model into pieces that fit, instead of letting the
 * tokens past the limit be cut off. Splits prefer clause punctuation nearest the middle, then
 * whitespace, then (for unspaced scripts with no punctuation) the middle character.
 */
final class LongSentenceSplitter {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u060C\u061B\uFF0C\u3001\uFF1B\uFF1A\u2014)]\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final ToIntFunction<String> tokenCount;
    private final int limit;

    LongSentenceSplitter(ToIntFunction<String> tokenCount, int limit) {
        this.tokenCount = tokenCount;
        this.limit = limit;
    }

    /** The sentence itself when it fits, else pieces that each fit, in order. */
    List<String> split(String sentence) {
        List<String> pieces = new ArrayList<>();
        collect(sentence, pieces);
        return pieces;
    }

    private void collect(String text, List<String> pieces) {
        if (text.length() < 2 || tokenCount.applyAsInt(text) <= limit) {
            pieces.add(text);
            return;
        }
        int cut = breakNearMiddle(text, CLAUSE_BREAK);
        if (cut < 0) {
            cut = breakNearMiddle(text, SPACE);
        }
        if (cut < 0) {
            cut = text.length() / 2;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut++;
            }
        }
        collect(text.substring(0, cut).strip(), pieces);
        collect(text.substring(cut).strip(), pieces);
    }

    /** Index just after the break closest to the middle, or -1 when none splits the text in two. */
    private static int breakNearMiddle(String text, Pattern breaks) {
        int middle = text.length() / 2;
        int best = -1;
        Matcher matcher = breaks.matcher(text);
        while (matcher.find()) {
            int end = matcher.end();
            if (end > 0 && end < text.length() && (best < 0 || Math.abs(end - middle) < Math.abs(best - middle))) {
                best = end;
            }
        }
        return best;
    }
}
