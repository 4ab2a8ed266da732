package org.rendition.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Splits text into sentences by ICU's rules for each language (Unicode UAX #29 plus ICU's
 * per-locale data), so full-width {@code 。！？}, the Arabic {@code ؟} and "т. е." are handled
 * as ICU handles them rather than by hand-written rules. Safe to share between threads.
 *
 * <p>A full stop after an abbreviation does not end a sentence: ICU's own suppression lists
 * ({@link FilteredBreakIteratorBuilder}) are extended with Rendition's per-language lists
 * ({@code abbreviations/<code>.txt}: "Dr.", "St.", "U.S.", Spanish "EE.", Belarusian "г."), with
 * single capital initials ("George W. Bush", "А. С. Пушкин") in every alphabet, and, in German,
 * with a day's ordinal before a month ("am 16. November").
 */
public final class SentenceSegmenter {
    private static final String ABBREVIATIONS = "abbreviations/";
    /**
     * "year" after a number ("в 1991 г.", "у 2020 р.", "w 1989 r.") often ends a sentence; before a
     * name ("г. Минск", town) it does not. So these are left out of ICU's filter and decided here.
     */
    private static final Set<String> YEAR_ABBREVIATIONS = Set.of("г.", "гг.", "р.", "рр.", "r.");
    private static final String INITIALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯІЇЄҐЎ";

    /**
     * German writes ordinals with a full stop; a day number before a month (or a century) is an
     * ordinal, never the end of a sentence.
     */
    private static final Pattern GERMAN_ORDINAL_END = Pattern.compile("(^|[\\s(])\\d{1,2}\\.\\s*$");
    private static final Pattern GERMAN_ORDINAL_NOUN = Pattern.compile(
        "^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
            + "|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\.|Nov\\.|Dez\\."
            + "|Jahrhundert|Jahrhunderts|Jahrestag|Geburtstag|Weltkrieg|Weltkriegs|Kapitel|Klasse|Platz)\\b");

    // Building a break iterator reads rule data; build one per language. A BreakIterator keeps
    // the text it walks, so each call wraps a clone of the prototype with the language's filter.
    private final Map<Language, Rules> rules = new ConcurrentHashMap<>();

    /**
     * The longest piece a sentence may be: a legal sentence of a page and a half. Text that runs
     * on longer without a full stop (a transcript without punctuation, a dump) is cut into parts
     * of at most this many characters, at a comma or semicolon where there is one, else at a
     * space: each part is a segment a person can read, the model translates in a few passes and
     * progress counts, instead of one "sentence" of megabytes that runs for minutes unseen.
     */
    public static final int MAX_SENTENCE_CHARS = 2_000;
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:\u060C\u061B\uFF0C\u3001\uFF1B\uFF1A\u2014)]\\s+");

    /**
     * Splits {@code text} into sentences, none longer than {@link #MAX_SENTENCE_CHARS}. The pieces
     * join back into {@code text} exactly: each keeps the spaces that follow it, as ICU gives them.
     */
    public List<String> split(String text, Language language) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : sentences(text, language)) {
            cut(sentence, sentences);
        }
        return sentences;
    }

    /** Adds {@code sentence} to {@code into}, cut into parts of at most {@link #MAX_SENTENCE_CHARS}. */
    private static void cut(String sentence, List<String> into) {
        int start = 0;
        while (sentence.length() - start > MAX_SENTENCE_CHARS) {
            int end = cutPoint(sentence, start, start + MAX_SENTENCE_CHARS);
            into.add(sentence.substring(start, end));
            start = end;
        }
        into.add(sentence.substring(start));
    }

    /**
     * Where to end a part that begins at {@code start} and may reach {@code limit}: after the
     * last clause punctuation and its spaces in the second half, else after the last space, else
     * at the limit (never inside a surrogate pair).
     */
    private static int cutPoint(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        java.util.regex.Matcher clause = CLAUSE_END.matcher(text).region(half, limit);
        int best = -1;
        while (clause.find()) {
            best = clause.end();
        }
        if (best > half) {
            return best;
        }
        for (int at = limit; at > half; at--) {
            if (SegmentedText.isSpace(text.charAt(at - 1)) && !SegmentedText.isSpace(text.charAt(at))) {
                return at;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private List<String> sentences(String text, Language language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Rules own = rules.computeIfAbsent(language, SentenceSegmenter::rulesFor);
        // ICU's filter matches an abbreviation as the end of any word: with "т." listed, "мост."
        // would never end a sentence, nor "NATO." with "O.". So its suppressions are kept only
        // where the whole word before the break is listed; the others are put back.
        Set<Integer> filtered = boundaries(own.iterator(), text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end : boundaries(own.unfiltered(), text)) {
            if (end == 0) {
                continue;
            }
            boolean suppressed = !filtered.contains(end) && end < text.length();
            String previous = text.substring(start, end);
            boolean joins = suppressed ? own.listed().contains(lastWord(previous)) && !yearAtEnd(previous)
                : end < text.length() && continues(previous, text.substring(end), language, own);
            if (joins) {
                continue;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    private static java.util.TreeSet<Integer> boundaries(BreakIterator breaks, String text) {
        breaks.setText(text);
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (int at = breaks.first(); at != BreakIterator.DONE; at = breaks.next()) {
            all.add(at);
        }
        return all;
    }

    /** Whether {@code text} ends with "year" after a number ("в 1991 г."), which may end a sentence. */
    private static boolean yearAtEnd(String text) {
        return YEAR_ABBREVIATIONS.contains(lastWord(text)) && afterNumber(text);
    }

    /**
     * Whether {@code next} goes on the sentence {@code previous} began, though ICU put a break
     * between them: after a German ordinal before a month, and after one of Rendition's own
     * abbreviations, which ICU's filter misses when its own list holds a longer one beginning the
     * same way ("U.S." beside "U.S.C." in English).
     */
    private static boolean continues(String previous, String next, Language language, Rules rules) {
        if (language == Language.GERMAN && GERMAN_ORDINAL_END.matcher(previous).find()
                && GERMAN_ORDINAL_NOUN.matcher(next).find()) {
            return true;
        }
        String word = lastWord(previous);
        if (YEAR_ABBREVIATIONS.contains(word)) {
            return !afterNumber(previous);
        }
        return rules.own().contains(word);
    }

    /** Whether the word before the last one of {@code text} is a number ("1991 г."). */
    private static boolean afterNumber(String text) {
        String before = text.strip();
        before = before.substring(0, before.length() - lastWord(before).length()).strip();
        return !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
    }

    /** The last word of {@code text}, without the spaces after it or the brackets and quotes before it. */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && SegmentedText.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !SegmentedText.isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return text.substring(start, end);
    }

    private static Rules rulesFor(Language language) {
        ULocale locale = new ULocale(language.iso1());
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        Set<String> own = new HashSet<>(abbreviations(language));
        for (int i = 0; i < INITIALS.length(); i++) {
            own.add(INITIALS.charAt(i) + ".");
        }
        own.stream().filter(a -> !YEAR_ABBREVIATIONS.contains(a)).forEach(builder::suppressBreakAfter);
        Set<String> listed = new HashSet<>(own);
        listed.addAll(icuAbbreviations(locale));
        BreakIterator prototype = BreakIterator.getSentenceInstance(locale);
        return new Rules(prototype, builder.wrapIteratorWithFilter((BreakIterator) prototype.clone()), Set.copyOf(own),
            Set.copyOf(listed));
    }

    /** The language's own list, empty when it has none. */
    static List<String> abbreviations(Language language) {
        try (InputStream in = SentenceSegmenter.class.getResourceAsStream(ABBREVIATIONS + language.iso1() + ".txt")) {
            if (in == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ICU's own abbreviation list for the locale (the one {@link FilteredBreakIteratorBuilder}
     * applies), read from ICU's data so its entries can be checked as whole words; empty when the
     * locale has none or a later ICU keeps it elsewhere (Rendition's lists still apply).
     */
    private static Set<String> icuAbbreviations(ULocale locale) {
        try {
            com.ibm.icu.impl.ICUResourceBundle bundle = (com.ibm.icu.impl.ICUResourceBundle)
                com.ibm.icu.util.UResourceBundle.getBundleInstance(com.ibm.icu.impl.ICUData.ICU_BRKITR_BASE_NAME,
                    locale);
            // A locale without data falls back to the default one's; that list is not this language's.
            if (!bundle.getULocale().getLanguage().equals(locale.getLanguage())) {
                return Set.of();
            }
            com.ibm.icu.util.UResourceBundle list = bundle.getWithFallback("exceptions/SentenceBreak");
            Set<String> entries = new HashSet<>();
            for (int i = 0; i < list.getSize(); i++) {
                entries.add(list.getString(i));
            }
            return entries;
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * A language's break iterator, the filter that keeps abbreviations inside a sentence, Rendition's
     * own abbreviations and every listed one (ICU's and Rendition's) as whole words.
     */
    private record Rules(BreakIterator prototype, BreakIterator filtered, Set<String> own, Set<String> listed) {
        BreakIterator unfiltered() {
            return (BreakIterator) prototype.clone();
        }

        /**
         * A copy of the filtered iterator built once: wrapping builds the abbreviation tries anew
         * each time, which cost more than segmenting a short sentence (an e-mail of 20,000 one-line
         * parts spent most of its time there).
         */
        BreakIterator iterator() {
            return (BreakIterator) filtered.clone();
        }
    }
}
