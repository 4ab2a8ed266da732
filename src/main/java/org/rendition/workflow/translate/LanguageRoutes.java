package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.pack.ModelPack;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * Which model translates the segments of each language found in one text or document, and what
 * the reader is told of the languages other than the main one: translated from their own language,
 * left as written (already in the target), or left untranslated (no model for them). Text
 * translation and document translation (window and command line) plan the same way, so both
 * faces say the same sentences.
 */
final class LanguageRoutes {
    /** Segment numbers listed in a note at most; a long report's Arabic appendix is not 300 numbers. */
    private static final int NUMBERS_NAMED = 12;

    /**
     * The segments of one language and the model that translates them.
     *
     * @param pair the segments' own language into the target
     * @param pack the model pack chosen for the pair
     * @param engine its loaded engine
     * @param indexes the segments, from 0, in document order
     */
    record Route(LanguagePair pair, ModelPack pack, TranslationEngine engine, List<Integer> indexes) {
    }

    private final List<Route> routes;
    private final List<String> notes;
    private final Map<Integer, Route> byIndex = new HashMap<>();

    private LanguageRoutes(List<Route> routes, List<String> notes) {
        this.routes = List.copyOf(routes);
        this.notes = List.copyOf(notes);
        for (Route route : routes) {
            route.indexes().forEach(index -> byIndex.put(index, route));
        }
    }

    /**
     * Plans the translation of {@code groups} (segment indexes by language, as
     * {@link SegmentLanguages#groups} gives them) into {@code main}'s target.
     *
     * @param main the text's own pair; its model must exist (the caller has loaded it as {@code mainPack})
     * @param packFor the pack for another language's pair; throws {@link WorkflowException} when there is none
     * @param engineFor the loaded engine of a pack
     * @param noun how the reader calls a segment: "Sentence" for text, "Segment" for a document's rows
     */
    static LanguageRoutes plan(Map<Language, List<Integer>> groups, LanguagePair main, ModelPack mainPack,
            Function<LanguagePair, ModelPack> packFor, Function<ModelPack, TranslationEngine> engineFor, String noun) {
        List<Route> routes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Language target = main.target();
        for (Map.Entry<Language, List<Integer>> group : groups.entrySet()) {
            Language language = group.getKey();
            List<Integer> indexes = group.getValue();
            if (indexes.isEmpty()) {
                continue;
            }
            if (language == main.source()) {
                routes.add(new Route(main, mainPack, engineFor.apply(mainPack), indexes));
                continue;
            }
            String which = which(noun, indexes);
            if (language == target) {
                notes.add(which + " already in " + target.displayName() + ": left as written.");
                continue;
            }
            LanguagePair pair = new LanguagePair(language, target);
            try {
                ModelPack pack = packFor.apply(pair);
                routes.add(new Route(pair, pack, engineFor.apply(pack), indexes));
                notes.add(which + " in " + language.displayName() + ": translated from " + language.displayName() + ".");
            } catch (WorkflowException e) {
                notes.add(which + " in " + language.displayName() + " left untranslated: " + e.getMessage());
            }
        }
        return new LanguageRoutes(routes, notes);
    }

    /** The routes, the main language's first. */
    List<Route> routes() {
        return routes;
    }

    /** The route of segment {@code index}; empty when it is left as it is. */
    Optional<Route> of(int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    /** What the reader should know, one sentence per language other than the main one. */
    List<String> notes() {
        return notes;
    }

    /**
     * {@code indexes} (in document order) cut into runs for the engine: consecutive segments of one
     * language together, at most {@code batch} segments looked at per step, so the top rows still
     * come first in a mixed document (decision 0017).
     */
    List<Map.Entry<Route, List<Integer>>> batches(List<Integer> indexes, int batch) {
        List<Map.Entry<Route, List<Integer>>> batches = new ArrayList<>();
        for (int from = 0; from < indexes.size(); from += batch) {
            Map<Route, List<Integer>> byRoute = new LinkedHashMap<>();
            for (int index : indexes.subList(from, Math.min(indexes.size(), from + batch))) {
                of(index).ifPresent(route -> byRoute.computeIfAbsent(route, r -> new ArrayList<>()).add(index));
            }
            batches.addAll(byRoute.entrySet());
        }
        return batches;
    }

    private static String which(String noun, List<Integer> indexes) {
        String numbers = indexes.stream().limit(NUMBERS_NAMED).map(i -> String.valueOf(i + 1))
                .collect(Collectors.joining(", "));
        if (indexes.size() > NUMBERS_NAMED) {
            numbers += " and " + (indexes.size() - NUMBERS_NAMED) + " more";
        }
        return noun + (indexes.size() == 1 ? " " : "s ") + numbers;
    }
}
