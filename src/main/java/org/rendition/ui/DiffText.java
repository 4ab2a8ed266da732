package org.rendition.ui;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rendition.workflow.review.DiffPart;

/** A word diff as word-diff tools show it: removed words struck through, added words underlined. */
final class DiffText {
    private DiffText() {
    }

    static TextFlow of(List<DiffPart> parts) {
        return new TextFlow(texts(parts).toArray(new Text[0]));
    }

    /** The diff's words as text nodes, to place in a flow (wrapping) or a single line. */
    static List<Text> texts(List<DiffPart> parts) {
        List<Text> flow = new java.util.ArrayList<>();
        for (DiffPart part : parts) {
            if (!flow.isEmpty()) {
                flow.add(new Text(" "));
            }
            if (!part.machineText().isEmpty() && part.kind() != DiffPart.Kind.SAME) {
                Text removed = new Text(part.machineText());
                removed.setStrikethrough(true);
                removed.getStyleClass().add("diff-removed");
                flow.add(removed);
            }
            if (!part.finalText().isEmpty()) {
                Text kept = new Text(part.finalText());
                if (part.kind() != DiffPart.Kind.SAME) {
                    kept.setUnderline(true);
                    kept.getStyleClass().add("diff-added");
                }
                flow.add(kept);
            }
        }
        return flow;
    }
}
