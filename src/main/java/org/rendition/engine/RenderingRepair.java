package org.rendition.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rendition.text.FixedRendering;

/**
 * Guarantees fixed renderings (glossary terms, do-not-translate names, numbers, URLs) in a
 * translation by "verify, then repair": the model translates the whole sentence first, and only
 * when a required rendering is missing is the sentence cut at the fixed spans, the free parts
 * translated on their own and the fixed targets put between them.
 *
 * <p>Why this and not placeholders or constrained beam search: a placeholder is only kept by
 * models trained to copy it (ours are not), and constrained beam search needs per-token term
 * bookkeeping in every hypothesis. Repair keeps the model's fluent sentence whenever it already
 * honours the terms, and otherwise trades some fluency for a guarantee an analyst can rely on.
 */
final class RenderingRepair {
    private RenderingRepair() {
    }

    /** Whether every fixed rendering already appears in the translation. */
    static boolean honoured(String translation, List<FixedRendering> fixed) {
        return fixed.stream().allMatch(f -> f.isPresentIn(translation));
    }

    /**
     * Cuts a sentence at its fixed spans: each part is either fixed (its target goes in as it is)
     * or free text to translate. Overlapping spans keep the one that starts first (longest on ties).
     */
    static List<Part> cut(String sentence, List<FixedRendering> fixed) {
        List<FixedRendering> spans = new ArrayList<>(fixed);
        spans.sort(Comparator.comparingInt(FixedRendering::start)
                .thenComparing(Comparator.comparingInt(FixedRendering::end).reversed()));
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (FixedRendering span : spans) {
            if (span.start() < at || span.end() > sentence.length()) {
                continue;
            }
            addFree(parts, sentence.substring(at, span.start()));
            parts.add(new Part(span.target(), true));
            at = span.end();
        }
        addFree(parts, sentence.substring(at));
        return parts;
    }

    private static void addFree(List<Part> parts, String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return;
        }
        // Punctuation alone is not worth a model call and is kept as it is.
        boolean hasWords = stripped.codePoints().anyMatch(Character::isLetter);
        parts.add(new Part(stripped, !hasWords));
    }

    /** Joins parts with single spaces, without a space before closing punctuation. */
    static String join(List<String> texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            if (text.isEmpty()) {
                continue;
            }
            boolean closing = ",.;:!?)]}»”".indexOf(text.charAt(0)) >= 0;
            if (joined.length() > 0 && !closing) {
                joined.append(' ');
            }
            joined.append(text);
        }
        return joined.toString();
    }

    /**
     * A piece of a cut sentence.
     *
     * @param text the fixed target, or the free source text
     * @param fixed whether it goes into the translation unchanged
     */
    record Part(String text, boolean fixed) {
    }
}
