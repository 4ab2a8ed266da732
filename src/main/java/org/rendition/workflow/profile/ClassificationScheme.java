package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.AdministeredFile;
import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.Roles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The classification levels a document can carry, lowest first, and the descriptors that may
 * follow a level. The default is the UK Government Security Classifications; an administrator
 * can replace it with {@code /etc/rendition/classification.conf} ({@code -Drendition.classification}
 * or {@code $RENDITION_CLASSIFICATION} name another file):
 *
 * <pre>
 * levels = OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET
 * descriptors = COMMERCIAL, LOCSEN, PERSONAL
 * </pre>
 */
public final class ClassificationScheme {
    /** The UK Government Security Classifications with the descriptors of OFFICIAL-SENSITIVE. */
    public static final ClassificationScheme UK_GSC = new ClassificationScheme(
            List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"),
            List.of("COMMERCIAL", "LOCSEN", "PERSONAL"));

    private final List<String> levels;
    private final List<String> descriptors;

    public ClassificationScheme(List<String> levels, List<String> descriptors) {
        if (levels.isEmpty()) {
            throw new WorkflowException("A classification scheme needs at least one level.");
        }
        this.levels = List.copyOf(levels);
        this.descriptors = List.copyOf(descriptors);
    }

    /** The scheme file this process uses, or the UK scheme when there is none. */
    public static ClassificationScheme load(Roles roles) {
        Path file = Installation.current().classificationFile();
        if (!Files.exists(file)) {
            return UK_GSC;
        }
        AdministeredFile.check(file, roles.administrators());
        List<String> levels = List.of();
        List<String> descriptors = List.of();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("=", 2);
                if (parts.length == 2 && parts[0].strip().equals("levels")) {
                    levels = list(parts[1]);
                } else if (parts.length == 2 && parts[0].strip().equals("descriptors")) {
                    descriptors = list(parts[1]);
                }
            }
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the classification scheme " + file + ": " + e.getMessage() + ".",
                    e);
        }
        if (levels.isEmpty()) {
            throw new WorkflowException("The classification scheme " + file + " has no 'levels = ...' line.");
        }
        return new ClassificationScheme(levels, descriptors);
    }

    private static List<String> list(String commaSeparated) {
        List<String> values = new ArrayList<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** The levels, lowest first. */
    public List<String> levels() {
        return levels;
    }

    public List<String> descriptors() {
        return descriptors;
    }

    /** The marking a new document gets: the lowest level, no descriptor. */
    public Classification lowest() {
        return new Classification(levels.get(0), null);
    }

    /**
     * Reads a marking such as {@code "SECRET"} or {@code "OFFICIAL-SENSITIVE PERSONAL"}.
     *
     * @throws WorkflowException if it is not a level of this scheme, optionally with a descriptor
     */
    public Classification parse(String label) {
        String text = label.strip().replaceAll("\\s+", " ");
        // Longest level first, so "OFFICIAL-SENSITIVE" is not read as "OFFICIAL" plus a descriptor.
        for (String level : levels.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (text.equalsIgnoreCase(level)) {
                return new Classification(level, null);
            }
            if (text.regionMatches(true, 0, level + " ", 0, level.length() + 1)) {
                String rest = text.substring(level.length() + 1);
                for (String descriptor : descriptors) {
                    if (descriptor.equalsIgnoreCase(rest)) {
                        return new Classification(level, descriptor);
                    }
                }
            }
        }
        throw new WorkflowException("'" + label + "' is not a classification of this scheme; use one of "
                + String.join(", ", levels) + (descriptors.isEmpty() ? "" : ", optionally followed by one of "
                + String.join(", ", descriptors)) + ".");
    }

    /**
     * The marking a collection of documents must carry as a whole: the highest level among them,
     * with every descriptor found at that level (a report holding a PERSONAL and a COMMERCIAL
     * document at the same level carries both); the lowest level when there are none.
     */
    public String highestLabel(java.util.Collection<Classification> markings) {
        Classification top = markings.stream().max(Comparator.comparingInt(c -> levels.indexOf(c.level())))
                .orElse(lowest());
        String descriptorsAtTop = markings.stream().filter(c -> c.level().equals(top.level()))
                .map(Classification::descriptor).filter(java.util.Objects::nonNull).distinct().sorted()
                .collect(java.util.stream.Collectors.joining(" "));
        return descriptorsAtTop.isEmpty() ? top.level() : top.level() + " " + descriptorsAtTop;
    }

    /** True when going from {@code from} to {@code to} lowers the level, which needs a supervisor. */
    public boolean lowers(Classification from, Classification to) {
        return levels.indexOf(to.level()) < levels.indexOf(from.level());
    }
}
