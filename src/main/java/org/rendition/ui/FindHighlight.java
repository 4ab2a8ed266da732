package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.text.Text;

/** What Find is looking for, shared by the grid's cells so each marks the hits in its text. */
final class FindHighlight {
    static final String HIT_STYLE = "find-hit";
    private final ObjectProperty<Optional<Pattern>> pattern = new SimpleObjectProperty<>(Optional.empty());

    /** The pattern to mark, empty when the find bar is closed or its query empty or invalid. */
    ObjectProperty<Optional<Pattern>> patternProperty() {
        return pattern;
    }

    /** Where Find's hits are in {@code content}, as [start, end) pairs; none when Find marks nothing. */
    List<int[]> ranges(String content) {
        List<int[]> ranges = new ArrayList<>();
        pattern.get().ifPresent(p -> {
            Matcher hit = p.matcher(content);
            while (hit.find()) {
                if (hit.end() > hit.start()) {
                    ranges.add(new int[] {hit.start(), hit.end()});
                }
            }
        });
        return ranges;
    }

    /** Whether Find has a hit in {@code content}. */
    boolean marks(String content) {
        return pattern.get().map(p -> p.matcher(content).find()).orElse(false);
    }

    /** {@code content} as text pieces, the hits styled {@link #HIT_STYLE}; one piece when none. */
    List<Text> texts(String content) {
        List<Text> pieces = new ArrayList<>();
        int at = 0;
        if (pattern.get().isPresent()) {
            Matcher hit = pattern.get().get().matcher(content);
            while (hit.find()) {
                if (hit.end() == hit.start()) {
                    continue; // a pattern that matches nothing (x*) marks nothing
                }
                if (hit.start() > at) {
                    pieces.add(text(content.substring(at, hit.start())));
                }
                Text marked = text(content.substring(hit.start(), hit.end()));
                marked.getStyleClass().add(HIT_STYLE);
                pieces.add(marked);
                at = hit.end();
            }
        }
        if (at < content.length() || pieces.isEmpty()) {
            pieces.add(text(content.substring(at)));
        }
        return pieces;
    }

    static Text text(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("segment-text");
        return text;
    }
}
