package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rendition.text.Detection;
import org.rendition.text.Language;
import org.rendition.text.LanguageDetector;

/**
 * The language each segment of one text or document is in: its own when detection tells it, its
 * neighbours' when it is too short to tell alone (decision 0015), else the text's main language.
 * Text translation, document translation (window and command line) and triage all read a text's
 * languages through this one type, so a mixed Arabic and Russian report is cut the same way
 * whichever face opens it.
 */
public final class SegmentLanguages {
    private final Optional<Language> main;
    private final List<Optional<Language>> each;

    private SegmentLanguages(Optional<Language> main, List<Optional<Language>> each) {
        this.main = Objects.requireNonNull(main, "main");
        this.each = List.copyOf(each);
    }

    /**
     * Detects each segment's language among those Rendition lists; a segment nothing is told for
     * takes {@code main}.
     *
     * @param main the language of the text as a whole, or empty when it was not clear
     */
    public static SegmentLanguages detect(LanguageDetector detector, List<String> segments, Optional<Language> main) {
        List<Optional<Language>> found = new ArrayList<>(segments.size());
        for (Optional<Detection> detection : detector.detectEach(segments)) {
            found.add(detection.map(Detection::language).or(() -> main));
        }
        return new SegmentLanguages(main, found);
    }

    /** Every one of {@code count} segments in {@code language}: a language the analyst named is trusted for all. */
    public static SegmentLanguages all(Language language, int count) {
        return new SegmentLanguages(Optional.of(language), Collections.nCopies(count, Optional.of(language)));
    }

    /** The language of the text as a whole, or empty when it was not clear. */
    public Optional<Language> main() {
        return main;
    }

    /** How many segments there are. */
    public int size() {
        return each.size();
    }

    /** The language of segment {@code index} (from 0); empty when neither it nor the text could be told. */
    public Optional<Language> of(int index) {
        return index >= 0 && index < each.size() ? each.get(index) : main;
    }

    /** Whether segment {@code index} was found in a language other than the text's main one. */
    public boolean differsFromMain(int index) {
        Optional<Language> own = of(index);
        return own.isPresent() && !own.equals(main);
    }

    /** Whether any segment is in a language other than the main one. */
    public boolean mixed() {
        for (int i = 0; i < each.size(); i++) {
            if (differsFromMain(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The languages found and how many segments each holds: the main language first, then the
     * others by how many segments they hold. Segments no language was told for are not counted.
     */
    public Map<Language, Integer> counts() {
        Map<Language, Integer> counted = new LinkedHashMap<>();
        main.ifPresent(language -> counted.put(language, 0));
        Map<Language, Integer> others = new LinkedHashMap<>();
        for (Optional<Language> language : each) {
            language.ifPresent(l -> (counted.containsKey(l) ? counted : others).merge(l, 1, Integer::sum));
        }
        others.entrySet().stream().sorted(Map.Entry.<Language, Integer>comparingByValue().reversed())
                .forEachOrdered(e -> counted.put(e.getKey(), e.getValue()));
        if (main.isPresent() && counted.get(main.get()) == 0) {
            counted.remove(main.get());
        }
        return Collections.unmodifiableMap(counted);
    }

    /** The languages found, one line for a person: {@code Russian (5 segments), Arabic (3 segments)}. */
    public String summary() {
        return summary(counts());
    }

    /** {@code counts} (as {@link #counts()} gives them), one line for a person. */
    public static String summary(Map<Language, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey().displayName() + " (" + e.getValue() + (e.getValue() == 1 ? " segment)" : " segments)"))
                .collect(Collectors.joining(", "));
    }

    /**
     * The segment indexes of {@code indexes} grouped by language, the main language first, then in
     * the order each language first occurs; segments of no known language are left out.
     */
    Map<Language, List<Integer>> groups(List<Integer> indexes) {
        Map<Language, List<Integer>> groups = new LinkedHashMap<>();
        main.ifPresent(language -> groups.put(language, new ArrayList<>()));
        for (int index : indexes) {
            of(index).ifPresent(language -> groups.computeIfAbsent(language, l -> new ArrayList<>()).add(index));
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SegmentLanguages that && main.equals(that.main) && each.equals(that.each);
    }

    @Override
    public int hashCode() {
        return Objects.hash(main, each);
    }

    @Override
    public String toString() {
        return "SegmentLanguages" + each;
    }
}
