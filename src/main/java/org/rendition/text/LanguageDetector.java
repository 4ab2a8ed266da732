package org.rendition.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells which {@link Language} a text is in, using Lingua's n-gram models.
 *
 * <p>Models load on first use, one language at a time, and only for the languages whose script
 * appears in the text, so a detector built for every language costs little until it is asked.
 * Lingua keeps loaded models in memory shared by all detectors and guards their loading, so one
 * instance may be built once and used from many threads.
 */
public final class LanguageDetector {
    /**
     * The lead over the runner-up below which no answer is given. Lingua scores the best
     * candidate 1.0 and the others relative to it, so the lead is what separates a call from a
     * coin toss: "ok" or "Hello" lead by about 0.01. On 1,000 short Tatoeba sentences each
     * (Russian, Arabic, English), 0.10 still answers 87-96% of them with at most 3 wrong, while
     * 0.15 already drops English to 71%; whole paragraphs lead by far more.
     */
    static final double MINIMUM_LEAD = 0.10;

    /**
     * How much of a long text is read. Accuracy stops improving long before this, and reading a
     * whole book would only cost time.
     */
    static final int SAMPLE_LENGTH = 3_000;

    private static final Map<Language, com.github.pemistahl.lingua.api.Language> TO_LINGUA =
        linguaNames();
    private static final Map<com.github.pemistahl.lingua.api.Language, Language> FROM_LINGUA =
        invert(TO_LINGUA);

    /**
     * A segment with fewer words than this is told by its neighbours when they agree: one to three
     * words ("Итоги", "Table 2", a name) lead Lingua astray or not at all.
     */
    static final int SHORT_SEGMENT_WORDS = 4;

    /** Languages told by their letters alone (see {@link LetterEvidence}), for which Lingua has no model. */
    private static final Set<Language> TOLD_BY_LETTERS =
        EnumSet.of(Language.PASHTO, Language.KURDISH_SORANI, Language.KURDISH_KURMANJI);

    private final Set<Language> languages;
    /** The candidates Lingua has a model for. */
    private final Set<Language> modelled;
    /** Null when fewer than two candidates have a Lingua model, so only letters decide. */
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    /** Detectors without the languages some text's letters ruled out; a handful of sets ever occur. */
    private final Map<Set<Language>, com.github.pemistahl.lingua.api.LanguageDetector> narrowed =
        new ConcurrentHashMap<>();

    /** A detector for every {@link Language} it can tell (all but Dari, written as Persian is). */
    public LanguageDetector() {
        this(supportedLanguages());
    }

    /**
     * A detector that chooses among {@code candidates} only.
     *
     * @throws IllegalArgumentException if fewer than two candidates can be told
     */
    public LanguageDetector(Set<Language> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        EnumSet<Language> usable = EnumSet.noneOf(Language.class);
        candidates.stream().filter(supportedLanguages()::contains).forEach(usable::add);
        if (usable.size() < 2) {
            throw new IllegalArgumentException(
                "A language detector needs at least two languages it can tell; got " + candidates);
        }
        this.languages = Collections.unmodifiableSet(usable);
        EnumSet<Language> withModel = EnumSet.noneOf(Language.class);
        usable.stream().filter(TO_LINGUA::containsKey).forEach(withModel::add);
        this.modelled = Collections.unmodifiableSet(withModel);
        this.lingua = withModel.size() < 2 ? null : linguaWithout(Set.of());
    }

    /**
     * Every {@link Language} this detector can tell: those Lingua has a model for, and Pashto and
     * Kurdish by their letters. Dari is not among them: it is written as Persian is, so a Dari text
     * is reported as Persian and the analyst names Dari where it matters.
     */
    public static Set<Language> supportedLanguages() {
        EnumSet<Language> supported = EnumSet.copyOf(TO_LINGUA.keySet());
        supported.addAll(TOLD_BY_LETTERS);
        return Collections.unmodifiableSet(supported);
    }

    /** The languages this detector chooses among. */
    public Set<Language> languages() {
        return languages;
    }

    /**
     * Detects the language of {@code text}.
     *
     * @return the language and its lead over the runner-up, or empty when the text has no
     *     letters or no language leads by at least {@link #MINIMUM_LEAD}
     */
    public Optional<Detection> detect(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String sample = sample(text);
        Optional<Language> proven = LetterEvidence.provenLanguage(sample, languages);
        if (proven.isPresent()) {
            return Optional.of(new Detection(proven.get(), 1.0));
        }
        if (lingua == null) {
            return Optional.empty();
        }
        Set<Language> ruledOut = EnumSet.noneOf(Language.class);
        modelled.stream().filter(l -> LetterEvidence.rulesOut(l, sample)).forEach(ruledOut::add);
        if (modelled.size() - ruledOut.size() < 2) {
            // The letters leave one language or none: nothing for statistics to weigh.
            return modelled.stream().filter(l -> !ruledOut.contains(l)).findFirst()
                .map(language -> new Detection(language, 1.0));
        }
        com.github.pemistahl.lingua.api.LanguageDetector weighing = ruledOut.isEmpty() ? lingua
            : narrowed.computeIfAbsent(ruledOut, this::linguaWithout);
        // Sorted best first; the best always scores 1.0, so the lead is what the second lacks.
        Iterator<Map.Entry<com.github.pemistahl.lingua.api.Language, Double>> ranked =
            weighing.computeLanguageConfidenceValues(sample).entrySet().iterator();
        if (!ranked.hasNext()) {
            return Optional.empty();
        }
        Map.Entry<com.github.pemistahl.lingua.api.Language, Double> best = ranked.next();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        double lead = Math.max(0.0, Math.min(1.0, best.getValue() - runnerUp));
        if (lead < MINIMUM_LEAD) {
            return Optional.empty();
        }
        return fromLingua(best.getKey()).map(language -> new Detection(language, lead));
    }

    /**
     * A Lingua detector without the languages the letters ruled out. Lingua's own rules would
     * otherwise answer alone: a sentence with і and no ї is Kazakh to it, with nothing else scored.
     */
    private com.github.pemistahl.lingua.api.LanguageDetector linguaWithout(Set<Language> ruledOut) {
        return com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(modelled.stream()
                .filter(l -> !ruledOut.contains(l)).map(TO_LINGUA::get)
                .toArray(com.github.pemistahl.lingua.api.Language[]::new))
            .build();
    }

    /**
     * Detects the language of each segment of one document, in order. A segment that cannot be
     * told alone, or a short one (fewer than {@value #SHORT_SEGMENT_WORDS} words) that its neighbours
     * contradict, takes the language of its nearest neighbours written in the same script, so a
     * heading "Итоги" among Russian sentences is Russian while an Arabic sentence among them keeps
     * its own language.
     *
     * @return one entry per segment; empty where neither the segment nor its neighbours tell
     */
    public List<Optional<Detection>> detectEach(List<String> segments) {
        Objects.requireNonNull(segments, "segments");
        List<Optional<Detection>> alone = new ArrayList<>(segments.size());
        List<Optional<Character.UnicodeScript>> scripts = new ArrayList<>(segments.size());
        for (String segment : segments) {
            scripts.add(LetterEvidence.dominantScript(segment));
            alone.add(isShort(segment) ? detect(segment).filter(d -> d.confidence() >= 0.5) : detect(segment));
        }
        List<Optional<Detection>> told = new ArrayList<>(alone);
        for (int i = 0; i < segments.size(); i++) {
            if (scripts.get(i).isEmpty() || (alone.get(i).isPresent() && !isShort(segments.get(i)))) {
                continue;
            }
            Optional<Detection> before = neighbour(alone, scripts, i, -1);
            Optional<Detection> after = neighbour(alone, scripts, i, +1);
            Optional<Detection> own = alone.get(i);
            if (own.isPresent() && (before.isEmpty() || sameLanguage(own, before))
                    && (after.isEmpty() || sameLanguage(own, after))) {
                continue;
            }
            Optional<Detection> inherited = before.isPresent() ? before : after;
            if (inherited.isPresent() && (own.isEmpty() || before.isEmpty() || after.isEmpty()
                    || sameLanguage(before, after))) {
                told.set(i, inherited.map(d -> new Detection(d.language(), d.confidence() / 2)));
            }
        }
        return told;
    }

    private static boolean isShort(String segment) {
        return segment.strip().split("\\s+").length < SHORT_SEGMENT_WORDS;
    }

    private static boolean sameLanguage(Optional<Detection> a, Optional<Detection> b) {
        return a.map(Detection::language).equals(b.map(Detection::language));
    }

    /** The nearest long-enough, told segment in {@code direction} written in the same script as segment {@code i}. */
    private static Optional<Detection> neighbour(List<Optional<Detection>> alone,
            List<Optional<Character.UnicodeScript>> scripts, int i, int direction) {
        for (int j = i + direction; j >= 0 && j < alone.size(); j += direction) {
            if (alone.get(j).isPresent() && scripts.get(j).equals(scripts.get(i))) {
                return alone.get(j);
            }
        }
        return Optional.empty();
    }

    /** The start of a long text, cut at a space where there is one so no word is halved. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_LENGTH) {
            return text;
        }
        int space = SAMPLE_LENGTH;
        while (space > SAMPLE_LENGTH / 2 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        if (space > SAMPLE_LENGTH / 2) {
            return text.substring(0, space);
        }
        // Chinese and Japanese have no spaces: cut anywhere but inside a surrogate pair.
        int cut = Character.isLowSurrogate(text.charAt(SAMPLE_LENGTH)) ? SAMPLE_LENGTH - 1 : SAMPLE_LENGTH;
        return text.substring(0, cut);
    }

    private static Optional<Language> fromLingua(com.github.pemistahl.lingua.api.Language found) {
        return Optional.ofNullable(FROM_LINGUA.get(found));
    }

    /** Lingua names its languages as this enum does (PERSIAN, CHINESE, ...); match by name. */
    private static Map<Language, com.github.pemistahl.lingua.api.Language> linguaNames() {
        Set<String> known = new HashSet<>();
        for (com.github.pemistahl.lingua.api.Language language
                : com.github.pemistahl.lingua.api.Language.values()) {
            known.add(language.name());
        }
        Map<Language, com.github.pemistahl.lingua.api.Language> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (known.contains(language.name())) {
                names.put(language, com.github.pemistahl.lingua.api.Language.valueOf(language.name()));
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static Map<com.github.pemistahl.lingua.api.Language, Language> invert(
            Map<Language, com.github.pemistahl.lingua.api.Language> names) {
        Map<com.github.pemistahl.lingua.api.Language, Language> inverse = new HashMap<>();
        names.forEach((ours, theirs) -> inverse.put(theirs, ours));
        return Collections.unmodifiableMap(inverse);
    }
}
