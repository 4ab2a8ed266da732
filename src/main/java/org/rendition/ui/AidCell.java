package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rendition.memory.DiffChunk;

/**
 * One line of the side pane, wrapped rather than cut at the pane's edge; a fuzzy match's
 * differences show the memory's words struck through and the current source's words underlined.
 */
final class AidCell extends ListCell<AidLines> {
    private static final double PADDING = 24;
    private final TextFlow flow = new TextFlow();

    AidCell(ListView<AidLines> list) {
        flow.maxWidthProperty().bind(list.widthProperty().subtract(PADDING));
        flow.prefWidthProperty().bind(list.widthProperty().subtract(PADDING));
        flow.getStyleClass().add("aid-line");
    }

    @Override
    protected void updateItem(AidLines item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        flow.getStyleClass().remove("aid-differences");
        if (item.differences().isEmpty()) {
            flow.getChildren().setAll(new Text(item.text()));
        } else {
            flow.getStyleClass().add("aid-differences");
            flow.getChildren().setAll(differences(item.differences()));
        }
        setGraphic(flow);
    }

    private static List<Text> differences(List<DiffChunk> chunks) {
        List<Text> pieces = new ArrayList<>();
        pieces.add(new Text(Messages.get("aids.changesLabel")));
        for (DiffChunk chunk : chunks) {
            switch (chunk.kind()) {
                case SAME -> pieces.add(new Text(chunk.currentText() + " "));
                case ADDED -> pieces.add(styled(chunk.currentText(), "diff-added"));
                case REMOVED -> pieces.add(styled(chunk.tmText(), "diff-removed"));
                case CHANGED -> {
                    pieces.add(styled(chunk.tmText(), "diff-removed"));
                    pieces.add(styled(chunk.currentText(), "diff-added"));
                }
                default -> throw new IllegalStateException(chunk.kind().name());
            }
        }
        return pieces;
    }

    private static Text styled(String content, String style) {
        Text text = new Text(content + " ");
        text.getStyleClass().add(style);
        return text;
    }
}
