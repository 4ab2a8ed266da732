package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rendition.engine.confidence.ScoredWord;
import org.rendition.engine.confidence.TranslationConfidence;

/**
 * A target as the grid shows it once the model has scored it: words the model was unsure of are
 * underlined and say how sure it was; clicking a word shows where in the source it came from.
 */
final class ConfidenceText {
    static final String WORD_STYLE = "target-word";
    static final String LOW_STYLE = "low-confidence-word";

    private ConfidenceText() {
    }

    /**
     * The target in pieces: each placed word its own clickable text, the gaps plain.
     *
     * @param clicked told of the word the analyst clicks
     */
    static TextFlow of(String target, TranslationConfidence confidence, Consumer<ScoredWord> clicked) {
        List<Node> pieces = new ArrayList<>();
        int at = 0;
        for (ScoredWord word : confidence.words()) {
            if (!word.isPlaced() || word.start() < at || word.end() > target.length()) {
                continue;
            }
            if (word.start() > at) {
                pieces.add(plain(target.substring(at, word.start())));
            }
            Text text = plain(target.substring(word.start(), word.end()));
            text.getStyleClass().add(WORD_STYLE);
            if (word.isLow()) {
                text.getStyleClass().add(LOW_STYLE);
                Tooltip.install(text, new Tooltip(Messages.get("grid.lowWord", Math.round(word.confidence() * 100))));
            }
            text.setCursor(Cursor.HAND);
            text.setOnMouseClicked(e -> {
                clicked.accept(word);
                e.consume();
            });
            pieces.add(text);
            at = word.end();
        }
        if (at < target.length()) {
            pieces.add(plain(target.substring(at)));
        }
        TextFlow flow = new TextFlow();
        flow.getChildren().setAll(pieces);
        return flow;
    }

    private static Text plain(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("segment-text");
        return text;
    }
}
