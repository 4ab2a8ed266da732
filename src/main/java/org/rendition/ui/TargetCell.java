package org.rendition.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import org.rendition.engine.confidence.ScoredWord;

/**
 * The editable target: Enter keeps the edit, Ctrl+Enter keeps it and confirms the segment,
 * Escape drops it.
 */
final class TargetCell extends TableCell<SegmentRow, String> {
    private final Consumer<SegmentRow> confirmAndAdvance;
    private final Text text = new Text();
    private TextField editor;
    private BiConsumer<SegmentRow, ScoredWord> wordClicked = (row, word) -> { };
    /** A score arrives after its target: the cell redraws itself then, unless the analyst is typing. */
    private final javafx.beans.value.ChangeListener<Object> scoreArrived = (o, was, now) -> {
        if (!isEditing()) {
            showText();
        }
    };
    private SegmentRow watched;

    TargetCell(Consumer<SegmentRow> confirmAndAdvance) {
        this.confirmAndAdvance = confirmAndAdvance;
        text.getStyleClass().add("segment-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
    }

    /** Who hears of a click on a word of a scored target (the source words it came from are shown). */
    TargetCell onWordClicked(BiConsumer<SegmentRow, ScoredWord> handler) {
        this.wordClicked = handler;
        return this;
    }

    @Override
    public void startEdit() {
        if (isEmpty()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(getItem());
        editor.setOnKeyPressed(this::onEditorKey);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private void onEditorKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            SegmentRow row = getTableRow().getItem();
            commitEdit(editor.getText());
            if (event.isShortcutDown() && row != null) {
                confirmAndAdvance.accept(row);
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            cancelEdit();
            event.consume();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        showText();
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        showText();
        getTableView().requestFocus();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        SegmentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row != watched) {
            if (watched != null) {
                watched.confidenceProperty().removeListener(scoreArrived);
            }
            watched = row;
            if (row != null) {
                row.confidenceProperty().addListener(scoreArrived);
            }
        }
        if (!isEditing()) {
            showText();
        }
    }

    private void showText() {
        editor = null;
        text.setText(isEmpty() || getItem() == null ? "" : getItem());
        setGraphic(isEmpty() ? null : scoredOrPlain());
    }

    /**
     * A scored target is a flow, whose height must be asked at the cell's width: asked without one
     * before the first layout, it would make the row as tall as the table (as in SourceCell).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof javafx.scene.text.TextFlow flow) {
            double available = (width > 0 ? width : getWidth()) - 12;
            return snappedTopInset() + flow.prefHeight(available > 0 ? available : -1) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    /** The target with its unsure words underlined once the model has scored it, else plain. */
    private javafx.scene.Node scoredOrPlain() {
        SegmentRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || row.confidence().isEmpty() || !row.target().equals(getItem())) {
            return text;
        }
        javafx.scene.text.TextFlow flow = ConfidenceText.of(getItem(), row.confidence().get(),
                word -> wordClicked.accept(row, word));
        // Until the cell has a width, the flow sizes itself: a width of zero would wrap every letter.
        flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() > 12 ? getWidth() - 12 : USE_COMPUTED_SIZE, widthProperty()));
        flow.setMaxHeight(USE_PREF_SIZE);
        return flow;
    }
}
