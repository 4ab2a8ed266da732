package org.rendition.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits text into sentences by ICU's rules for each language (Unicode UAX #29 plus ICU's
 * per-locale data), so full-width {@code 。！？}, the Arabic {@code ؟} and "т. е." are handled
 * as ICU handles them rather than by hand-written rules. Safe to share between threads.
 */
public final class SentenceSegmenter {
    /**
     * ICU's {@code ss=standard} keyword turns on its lists of abbreviations after which a full
     * stop does not end a sentence ("Mr. Smith"), for the locales that have such a list.
     */
    private static final String SUPPRESS_ABBREVIATIONS = "@ss=standard";

    // Building a break iterator reads rule data; build one per language, then clone it per call
    // because a BreakIterator keeps the text it walks and so cannot be shared.
    private final Map<Language, BreakIterator> prototypes = new ConcurrentHashMap<>();

    /**
     * Splits {@code text} into sentences. The pieces join back into {@code text} exactly: each
     * keeps the spaces that follow it, as ICU gives them.
     */
    public List<String> split(String text, Language language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        BreakIterator breaks = (BreakIterator) prototypes
            .computeIfAbsent(language, SentenceSegmenter::newIterator)
            .clone();
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }

    private static BreakIterator newIterator(Language language) {
        return BreakIterator.getSentenceInstance(new ULocale(language.iso1() + SUPPRESS_ABBREVIATIONS));
    }
}
