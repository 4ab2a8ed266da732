package org.rendition.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

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

    private final Set<Language> languages;
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    /** A detector for every {@link Language} that Lingua has a model for. */
    public LanguageDetector() {
        this(supportedLanguages());
    }

    /**
     * A detector that chooses among {@code candidates} only.
     *
     * @throws IllegalArgumentException if fewer than two candidates have a Lingua model
     */
    public LanguageDetector(Set<Language> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        EnumSet<Language> usable = EnumSet.noneOf(Language.class);
        candidates.stream().filter(TO_LINGUA::containsKey).forEach(usable::add);
        if (usable.size() < 2) {
            throw new IllegalArgumentException(
                "A language detector needs at least two languages Lingua knows; got " + candidates);
        }
        this.languages = Collections.unmodifiableSet(usable);
        this.lingua = com.github.pemistahl.lingua.api.LanguageDetectorBuilder
            .fromLanguages(usable.stream().map(TO_LINGUA::get)
                .toArray(com.github.pemistahl.lingua.api.Language[]::new))
            .build();
    }

    /** Every {@link Language} Lingua can detect (all but Pashto, for which it has no model). */
    public static Set<Language> supportedLanguages() {
        return Collections.unmodifiableSet(EnumSet.copyOf(TO_LINGUA.keySet()));
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
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> scores =
            lingua.computeLanguageConfidenceValues(sample(text));
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        // Sorted best first; the best always scores 1.0, so the lead is what the second lacks.
        Iterator<Map.Entry<com.github.pemistahl.lingua.api.Language, Double>> ranked =
            scores.entrySet().iterator();
        Map.Entry<com.github.pemistahl.lingua.api.Language, Double> best = ranked.next();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        double lead = Math.max(0.0, Math.min(1.0, best.getValue() - runnerUp));
        if (lead < MINIMUM_LEAD) {
            return Optional.empty();
        }
        return fromLingua(best.getKey()).map(language -> new Detection(language, lead));
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
